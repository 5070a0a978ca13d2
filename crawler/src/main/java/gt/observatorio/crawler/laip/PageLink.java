package gt.observatorio.crawler.laip;

/**
 * A link read on a page, with what surrounds it.
 *
 * @param section the text of the nearest heading, table row or list item above the link that names a
 *     numeral ("" if none, or if a later heading closed it)
 * @param heading the text of the nearest heading of any kind (read for dates, e.g. "Enero 2025")
 * @param inNavigation inside a menu, header, footer or sidebar (where only explicit numbers count)
 * @param document a file (PDF, spreadsheet, ...) rather than a page
 */
public record PageLink(String url, String text, String section, String heading, boolean inNavigation,
    boolean document) {}
