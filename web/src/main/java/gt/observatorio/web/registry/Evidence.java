package gt.observatorio.web.registry;

import java.time.LocalDate;

/**
 * Where a registry fact (an institution, a URL, a replacement) was found and when.
 *
 * @param page the public page that was read (a URL or a file name); null when nothing was found
 * @param read the day the page was read (or the stored copy's date)
 * @param note what the page showed, or why the fact is unknown
 */
public record Evidence(String page, LocalDate read, String note) {}
