package gt.observatorio.crawler.laip;

import java.time.YearMonth;

/**
 * A page or document classified to a numeral while walking a portal.
 *
 * @param kind {@code PAGE}: a portal page that was read; {@code DOCUMENT}: a file; {@code LINK}: a page
 *     elsewhere (or too deep) that is checked but not read; {@code EXTERNAL}: a cloud storage folder or file
 *     (see {@link ExternalStorage}), never fetched
 * @param nameDate the newest month read from its link text, URL, folder names or heading, null if none
 */
public record FoundLink(int numeral, String url, String text, Kind kind, YearMonth nameDate) {
  /** What was found. */
  public enum Kind { PAGE, DOCUMENT, LINK, EXTERNAL }
}
