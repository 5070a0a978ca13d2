package gt.observatorio.crawler.laip;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import java.io.StringReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The 29 numerals, read from {@code laip/art10-numerals.csv} (see its PROVENANCE.md). */
public final class Art10Numerals {
  public static final String RESOURCE = "laip/art10-numerals.csv";
  public static final String ARTICLE = "laip/art10-article.csv";
  private static final Set<String> UPDATES = Set.of("monthly", "yearly", "on-change");
  private static volatile List<Art10Numeral> cached;

  private Art10Numerals() {}

  /** The numerals in order, 1 to 29. */
  public static List<Art10Numeral> all() {
    List<Art10Numeral> c = cached;
    if (c == null) {
      try (InputStream in = Art10Numerals.class.getClassLoader().getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + RESOURCE);
        }
        c = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      cached = c;
    }
    return c;
  }

  /**
   * The article's opening words as a public page quotes them (file {@code laip/art10-article.csv}).
   *
   * @param read the day the page was read
   */
  public record Article(String law, String text, String sourceUrl, java.time.LocalDate read) {}

  /** The article's opening words with their source. */
  public static Article article() {
    try (InputStream in = Art10Numerals.class.getClassLoader().getResourceAsStream(ARTICLE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + ARTICLE);
      }
      List<String> r = rows(new String(in.readAllBytes(), StandardCharsets.UTF_8)).get(0);
      return new Article(r.get(0), r.get(1), r.get(2), java.time.LocalDate.parse(r.get(3).trim()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Art10Numeral get(int number) {
    return all().get(number - 1);
  }

  static List<Art10Numeral> parse(String csv) {
    List<Art10Numeral> out = new ArrayList<>();
    for (List<String> r : rows(csv)) {
      int n = Integer.parseInt(r.get(0).trim());
      if (n != out.size() + 1) {
        throw new IllegalStateException("numerals out of order at " + n);
      }
      String update = r.get(4).trim();
      if (!UPDATES.contains(update)) {
        throw new IllegalStateException("numeral " + n + ": unknown update '" + update + "'");
      }
      List<Pattern> patterns = split(r.get(3)).stream()
          .map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE)).toList();
      String status = r.get(7).trim();
      if (!Art10Numeral.TEXT_STATUSES.contains(status)) {
        throw new IllegalStateException("numeral " + n + ": unknown text_status '" + status + "'");
      }
      boolean found = !"unknown".equals(status);
      if (found == (r.get(5).isBlank() || r.get(6).isBlank())) {
        throw new IllegalStateException("numeral " + n + ": a " + status + " text needs "
            + (found ? "its wording and source_url" : "no wording nor source_url"));
      }
      out.add(new Art10Numeral(n, r.get(1).trim(), split(r.get(2)), patterns, update, r.get(5).trim(),
          r.get(6).trim(), status, r.get(8).isBlank() ? null : java.time.LocalDate.parse(r.get(8).trim())));
    }
    if (out.size() != 29) {
      throw new IllegalStateException("expected 29 numerals, got " + out.size());
    }
    return List.copyOf(out);
  }

  /** The data rows (RFC 4180, Apache Commons CSV), header skipped. */
  private static List<List<String>> rows(String csv) {
    try (CSVParser parser = CSVFormat.RFC4180.builder().setSkipHeaderRecord(true).setHeader()
        .setIgnoreEmptyLines(true).get().parse(new StringReader(csv))) {
      return parser.stream().map(CSVRecord::toList).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> split(String cell) {
    return Arrays.stream(cell.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }
}
