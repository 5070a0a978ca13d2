package gt.observatorio.crawler.laip;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells which Article 10 numeral a link, heading or folder is about, from its text and URL. An
 * explicit number ("Numeral 8", "Art. 10 num. 8", {@code /index.php/8-ejecucion}) wins; a leading
 * number ("8. Ejecución ...", "08 - ...") counts only when the words agree with it; otherwise the
 * numeral whose longest keyword phrase matches wins, and a tie means no answer. Pure and thread-safe.
 */
public final class NumeralClassifier {
  /** A numeral and whether it was named by number (stronger than words). */
  public record Classification(int numeral, boolean explicit) {}

  private static final Pattern NAMED = Pattern.compile(
      "(?<![a-z])(?:numeral|num\\.?|inciso|literal)\\s*(?:no\\.?|#)?\\s*(\\d{1,2})(?!\\d)");
  private static final Pattern ARTICLE = Pattern.compile(
      "(?<![a-z])art(?:iculo|\\.)?\\s*10\\s*[,.:/-]?\\s*(?:numeral|num\\.?|inciso)?\\s*(\\d{1,2})(?!\\d)");
  private static final Pattern LEADING = Pattern.compile("^\\s*(\\d{1,2})\\s*[.)\\-–:_ ]\\s*([a-z].*)$");
  private static final Pattern SEGMENT_NAMED = Pattern.compile(
      "(?:numeral|inciso|num)[-_ ]?(\\d{1,2})(?!\\d)|art(?:iculo)?[-_ ]?10[-_ /](\\d{1,2})(?!\\d)");
  private static final Set<String> NOT_A_LABEL = Set.of("de", "del", "enero", "febrero", "marzo", "abril", "mayo",
      "junio", "julio", "agosto", "septiembre", "setiembre", "octubre", "noviembre", "diciembre", "ene", "feb", "mar",
      "abr", "may", "jun", "jul", "ago", "sep", "sept", "set", "oct", "nov", "dic");

  private final List<Art10Numeral> numerals;

  public NumeralClassifier(List<Art10Numeral> numerals) {
    this.numerals = List.copyOf(numerals);
  }

  public NumeralClassifier() {
    this(Art10Numerals.all());
  }

  /** Classifies a link by its text first, then by its URL; empty when neither says. */
  public Optional<Classification> classify(String text, String url) {
    Optional<Classification> t = classifyText(text);
    if (t.isPresent() && t.get().explicit()) {
      return t;
    }
    Optional<Classification> u = url == null ? Optional.empty() : classifyUrl(url);
    if (u.isPresent() && u.get().explicit()) {
      return u;
    }
    return t.isPresent() ? t : u;
  }

  /** Classifies a heading, a link text or a folder name. */
  public Optional<Classification> classifyText(String text) {
    String f = TextNorm.fold(text).trim();
    if (f.isEmpty()) {
      return Optional.empty();
    }
    Optional<Integer> named = number(NAMED.matcher(f)).or(() -> number(ARTICLE.matcher(f)));
    if (named.isPresent()) {
      return Optional.of(new Classification(named.get(), true));
    }
    Matcher lead = LEADING.matcher(f);
    Optional<Integer> byWords = byKeywords(f);
    if (lead.matches()) {
      int n = Integer.parseInt(lead.group(1));
      String firstWord = lead.group(2).split("[^a-z]+")[0];
      Optional<Integer> rest = byKeywords(lead.group(2));
      if (valid(n) && !NOT_A_LABEL.contains(firstWord) && rest.isPresent() && rest.get() == n) {
        return Optional.of(new Classification(n, true));
      }
    }
    return byWords.map(n -> new Classification(n, false));
  }

  /** Classifies a URL: a numbered path segment (deepest first), else the last segment's words. */
  public Optional<Classification> classifyUrl(String url) {
    String path = TextNorm.fold(TextNorm.decodedPath(url));
    int q = path.indexOf('?');
    String query = q >= 0 ? path.substring(q + 1) : "";
    String[] segs = (q >= 0 ? path.substring(0, q) : path).split("/");
    for (int i = segs.length - 1; i >= 0; i--) {
      String seg = segs[i];
      Matcher m = SEGMENT_NAMED.matcher(seg);
      if (m.find()) {
        int n = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
        if (valid(n)) {
          return Optional.of(new Classification(n, true));
        }
      }
      boolean isFile = seg.matches(".*\\.[a-z0-9]{2,5}$") && !seg.endsWith(".php") && !seg.endsWith(".html");
      if (!isFile) {
        Optional<Classification> c = classifyText(seg.replace('-', ' ').replace('_', ' ')
            .replaceFirst("^(\\d{1,2}) ", "$1. "));
        if (c.isPresent() && c.get().explicit()) {
          return c;
        }
      }
    }
    String last = "";
    for (int i = segs.length - 1; i >= 0 && last.isEmpty(); i--) {
      last = segs[i];
    }
    String words = (last.replaceAll("\\.[a-z0-9]{2,5}$", "") + " " + query).replace('-', ' ').replace('_', ' ');
    Optional<Integer> w = byKeywords(words);
    if (w.isEmpty()) {
      String slug = last + " " + query;
      w = numerals.stream().filter(n -> n.urlPatterns().stream().anyMatch(p -> p.matcher(slug).find()))
          .map(Art10Numeral::number).reduce((a, b) -> -1).filter(n -> n > 0);
    }
    return w.map(n -> new Classification(n, false));
  }

  /** The numeral whose longest keyword phrase occurs in the text; empty on a tie or no match. */
  Optional<Integer> byKeywords(String text) {
    String w = TextNorm.words(text);
    int best = 0;
    int bestNumeral = -1;
    boolean tie = false;
    for (Art10Numeral n : numerals) {
      for (String k : n.keywords()) {
        if (k.length() >= best && w.contains(" " + k + " ")) {
          if (k.length() > best) {
            best = k.length();
            bestNumeral = n.number();
            tie = false;
          } else if (n.number() != bestNumeral) {
            tie = true;
          }
        }
      }
    }
    return bestNumeral < 0 || tie ? Optional.empty() : Optional.of(bestNumeral);
  }

  private static Optional<Integer> number(Matcher m) {
    while (m.find()) {
      int n = Integer.parseInt(m.group(1));
      if (valid(n)) {
        return Optional.of(n);
      }
    }
    return Optional.empty();
  }

  private static boolean valid(int n) {
    return n >= 1 && n <= 29;
  }
}
