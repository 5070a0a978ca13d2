package gt.observatorio.crawler.laip;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One numeral of Article 10 (Decreto 57-2008) as the data file describes it.
 *
 * @param keywords normalised Spanish phrases (lower case, no accents) that reveal the numeral
 * @param urlPatterns case-insensitive patterns found in the decoded URL path of its pages
 * @param update {@code monthly}, {@code yearly} or {@code on-change}
 */
public record Art10Numeral(int number, String label, List<String> keywords, List<Pattern> urlPatterns,
    String update, String sourceText, String sourceUrl) {

  public Art10Numeral {
    keywords = List.copyOf(keywords);
    urlPatterns = List.copyOf(urlPatterns);
  }
}
