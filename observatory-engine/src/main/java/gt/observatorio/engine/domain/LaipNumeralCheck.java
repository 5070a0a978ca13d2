package gt.observatorio.engine.domain;

import java.util.List;

/**
 * One Article 10 numeral as checked on a portal.
 *
 * @param update what the law asks: {@code monthly}, {@code yearly} or {@code on-change}
 * @param evidence the reachable pages and documents classified to the numeral, newest first
 * @param brokenLinks the classified links that did not answer with content
 * @param latestDate the newest month read from link texts, file and folder names or Last-Modified
 *     ({@code YYYY-MM}), null when none
 */
public record LaipNumeralCheck(int numeral, String label, String update, LaipStatus status,
    List<String> evidence, List<String> brokenLinks, String latestDate) {

  public LaipNumeralCheck {
    evidence = evidence == null ? List.of() : List.copyOf(evidence);
    brokenLinks = brokenLinks == null ? List.of() : List.copyOf(brokenLinks);
  }
}
