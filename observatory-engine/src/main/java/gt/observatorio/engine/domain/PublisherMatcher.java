package gt.observatorio.engine.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Attributes a dataset of a shared catalog to the institution whose code, acronym, name or alias its
 * publisher names (see {@link PublisherNames} for what counts as the same name). A publisher that names
 * two institutions, or none, is attributed to nobody and comes with the closest institutions.
 */
public final class PublisherMatcher {
  private static final Set<String> STOPWORDS = Set.of("de", "del", "la", "las", "los", "el", "y", "e", "para",
      "en", "a", "contra", "al");
  private static final int CLOSEST = 3;
  private final Map<String, Set<String>> codesByKey = new HashMap<>();
  private final Map<String, Set<String>> keysByCode = new HashMap<>();

  public PublisherMatcher(List<Institution> institutions) {
    for (Institution i : institutions) {
      List<String> names = new ArrayList<>(List.of(i.code(), i.name()));
      if (i.acronym() != null) {
        names.add(i.acronym());
      }
      names.addAll(i.aliases());
      for (String n : names) {
        String k = PublisherNames.key(n);
        if (!k.isEmpty()) {
          codesByKey.computeIfAbsent(k, x -> new TreeSet<>()).add(i.code());
          keysByCode.computeIfAbsent(i.code(), x -> new LinkedHashSet<>()).add(k);
        }
      }
    }
  }

  /**
   * Attributes a dataset whose publisher is written in one or more ways (e.g. a CKAN organization's title,
   * name and id); {@code shown} is the spelling reported to people.
   */
  public Attribution attribute(String shown, List<String> spellings) {
    Set<String> codes = new TreeSet<>();
    for (String s : spellings) {
      codes.addAll(codesOf(s));
    }
    if (codes.size() == 1) {
      return new Attribution(codes.iterator().next(), shown, Attribution.Status.MATCHED, List.of());
    }
    if (codes.size() > 1) {
      return new Attribution(null, shown, Attribution.Status.AMBIGUOUS, List.copyOf(codes));
    }
    return new Attribution(null, shown, Attribution.Status.UNKNOWN, closest(spellings));
  }

  public Attribution attribute(String publisher) {
    return attribute(publisher, publisher == null ? List.of() : List.of(publisher));
  }

  /** The institutions one spelling names: by its whole name first, else by its parts. */
  private Set<String> codesOf(String spelling) {
    List<String> variants = PublisherNames.variants(spelling);
    if (variants.isEmpty()) {
      return Set.of();
    }
    Set<String> whole = codesByKey.get(variants.get(0));
    if (whole != null) {
      return whole;
    }
    Set<String> out = new HashSet<>();
    for (String v : variants.subList(1, variants.size())) {
      out.addAll(codesByKey.getOrDefault(v, Set.of()));
    }
    return out;
  }

  private List<String> closest(List<String> spellings) {
    Map<String, Double> best = new HashMap<>();
    for (String s : spellings) {
      for (String v : PublisherNames.variants(s.length() > 200 ? s.substring(0, 200) : s)) {
        keysByCode.forEach((code, keys) -> keys.forEach(k -> best.merge(code, similarity(v, k), Math::max)));
      }
    }
    return best.entrySet().stream().filter(e -> e.getValue() >= 0.3)
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(CLOSEST).map(Map.Entry::getKey).toList();
  }

  /**
   * How close two keys are, 0 to 1: for names of several words, the share of words they have in common
   * (stop words aside; character likeness only breaks ties); for single words such as initials, how few
   * edits turn one into the other.
   */
  static double similarity(String a, String b) {
    Set<String> ta = words(a);
    Set<String> tb = words(b);
    int max = Math.max(a.length(), b.length());
    double chars = max == 0 ? 0 : 1.0 - (double) distance(a, b) / max;
    if (ta.size() < 2 || tb.size() < 2) {
      return chars;
    }
    Set<String> inter = new HashSet<>(ta);
    inter.retainAll(tb);
    Set<String> union = new HashSet<>(ta);
    union.addAll(tb);
    return 0.9 * inter.size() / union.size() + 0.1 * chars;
  }

  private static Set<String> words(String key) {
    Set<String> out = new HashSet<>(Arrays.asList(key.split(" ")));
    out.removeAll(STOPWORDS);
    out.remove("");
    return out;
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  /** The codes whose names share a comparison key with another institution's (a registry error). */
  public Map<String, Set<String>> sharedKeys() {
    Map<String, Set<String>> out = new HashMap<>();
    codesByKey.forEach((k, codes) -> {
      if (codes.size() > 1) {
        out.put(k, codes);
      }
    });
    return out;
  }
}
