package gt.observatorio.crawler.laip;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One numeral of Article 10 (Decreto 57-2008) as the data file describes it.
 *
 * @param keywords normalised Spanish phrases (lower case, no accents) that reveal the numeral
 * @param urlPatterns case-insensitive patterns found in the decoded URL path of its pages
 * @param update {@code monthly}, {@code yearly} or {@code on-change}
 * @param sourceText the law's wording of the numeral as a public page quotes it; empty when not found
 * @param sourceUrl the page that quotes it; empty when not found
 * @param textStatus {@code quoted} (the wording, verbatim), {@code heading-only} (only the numeral's heading was
 *     found) or {@code unknown} (not found in any page read: never written from memory)
 * @param read the day the page was read, null when the day was not recorded
 */
public record Art10Numeral(int number, String label, List<String> keywords, List<Pattern> urlPatterns,
    String update, String sourceText, String sourceUrl, String textStatus, java.time.LocalDate read) {
  /** The values of {@link #textStatus()}. */
  public static final java.util.Set<String> TEXT_STATUSES = java.util.Set.of("quoted", "heading-only", "unknown");

  public Art10Numeral {
    keywords = List.copyOf(keywords);
    urlPatterns = List.copyOf(urlPatterns);
  }
}
