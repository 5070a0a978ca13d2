package gt.observatorio.engine.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How a publisher's name is compared: ignoring case, accents and punctuation, and its usual spellings. */
public final class PublisherNames {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
  /** "Name (ACR)" */
  private static final Pattern PARENTHESIS = Pattern.compile("^(.+?)\\s*\\(([^()]+)\\)\\s*$");
  /** "Name -ACR-", the way Guatemalan bodies often write their initials */
  private static final Pattern DASHED = Pattern.compile("^(.+?)\\s+[-–—]\\s*([^-–—\\s][^-–—]*?)\\s*[-–—]\\s*$");
  /** "Name - ACR" or "ACR - Name" */
  private static final Pattern SEPARATED = Pattern.compile("^(.+?)\\s+[-–—|]\\s+(.+)$");

  private PublisherNames() {}

  /** The comparison key: lower case, no accents, punctuation as single spaces; empty for null. */
  public static String key(String text) {
    if (text == null) {
      return "";
    }
    String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    return NOT_ALNUM.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
  }

  /**
   * The keys a publisher's name stands for: the whole name, then the parts of {@code Name (ACR)},
   * {@code Name -ACR-}, {@code Name - ACR} and {@code ACR - Name}.
   */
  public static List<String> variants(String text) {
    Set<String> out = new LinkedHashSet<>();
    if (text == null || text.isBlank()) {
      return List.of();
    }
    String t = text.trim();
    out.add(key(t));
    for (Pattern p : List.of(PARENTHESIS, DASHED, SEPARATED)) {
      Matcher m = p.matcher(t);
      if (m.matches()) {
        out.add(key(m.group(1)));
        out.add(key(m.group(2)));
      }
    }
    out.remove("");
    return new ArrayList<>(out);
  }
}
