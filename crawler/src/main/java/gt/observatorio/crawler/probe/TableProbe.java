package gt.observatorio.crawler.probe;

import gt.observatorio.crawler.CrawlerConfig;
import gt.observatorio.crawler.content.TableInspector;
import gt.observatorio.crawler.http.FetchRequest;
import gt.observatorio.crawler.http.FetchResult;
import gt.observatorio.crawler.http.SafeFetcher;
import gt.observatorio.engine.domain.ProbeResult;
import gt.observatorio.engine.domain.TableProfile;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * After a probe names a tabular format (CSV, TSV, JSON, XLSX, ODS), reads the file's first
 * {@code crawler.content.maxBytes} ({@code maxSpreadsheetBytes} for XLSX and ODS) with one ranged GET and
 * attaches what {@link TableInspector} saw. When the probe's own ranged GET already holds the whole file,
 * that body is inspected and no request is added; when HEAD says an XLSX is larger than its budget, no
 * request is made and the profile says "not checked" with the size.
 */
final class TableProbe {
  private final SafeFetcher fetcher;
  private final CrawlerConfig.Content config;
  private final boolean robots;
  private final int sniffBytes;

  TableProbe(SafeFetcher fetcher, CrawlerConfig.Content config, boolean robots, int sniffBytes) {
    this.fetcher = fetcher;
    this.sniffBytes = sniffBytes;
    this.config = config;
    this.robots = robots;
  }

  /** {@code sniff}: the probe's ranged GET, or null when HEAD sufficed. */
  ProbeResult attach(URI uri, ProbeResult r, FetchResult sniff) {
    String sniffed = r.sniffedContentType() == null ? "" : r.sniffedContentType();
    if (!config.enabled() || !r.outcome().reachable() || !TableInspector.tabular(r.format())
        || sniffed.startsWith("application/zip") || sniffed.startsWith("application/gzip")) {
      return r;
    }
    boolean sheet = TableInspector.spreadsheet(r.format());
    int max = sheet ? config.maxSpreadsheetBytes() : config.maxBytes();
    String kind = r.format().toLowerCase(Locale.ROOT);
    Long declared = r.contentLength();
    if (kind.equals("xlsx") && declared != null && declared > max) {
      return r.withTable(TableProfile.tooLarge(kind, 0, declared, max));
    }
    FetchResult g = wholeFile(sniff) ? sniff : fetcher.fetch(new FetchRequest(uri, "GET",
        Map.of("Range", "bytes=0-" + (max - 1), "Accept-Encoding", "identity"), false, max, robots));
    if (!g.ok() || g.body() == null) {
      return r;
    }
    byte[] body = g.body();
    boolean complete = complete(g, body.length, max);
    long size = total(g, declared);
    TableProfile profile;
    try {
      profile = TableInspector.inspect(r.format(), body, complete, size);
      if (profile.oversize() != null) {
        profile = TableProfile.tooLarge(kind, body.length, size, max);
      }
    } catch (RuntimeException e) {
      profile = new TableProfile(kind, body.length, complete, null, null, 0, 0,
          List.of(), "no se pudo leer la tabla / the table could not be read");
    }
    return r.withTable(profile);
  }

  private boolean wholeFile(FetchResult sniff) {
    return sniff != null && sniff.ok() && sniff.body() != null && complete(sniff, sniff.body().length, sniffBytes);
  }

  /** The whole file's size: Content-Range's total, else HEAD's Content-Length, else -1. */
  private static long total(FetchResult g, Long declared) {
    String range = g.header("Content-Range");
    if (range != null && range.contains("/")) {
      try {
        return Long.parseLong(range.substring(range.indexOf('/') + 1).strip());
      } catch (NumberFormatException e) {
        // "*": unknown
      }
    }
    return declared == null ? -1 : declared;
  }

  /** Whole file: a 206 whose Content-Range total fits, or a 200 shorter than the budget. */
  static boolean complete(FetchResult g, int read, int max) {
    String range = g.header("Content-Range");
    if (g.status() == 206 && range != null && range.contains("/")) {
      String total = range.substring(range.indexOf('/') + 1).strip();
      try {
        return !total.equals("*") && Long.parseLong(total) <= read;
      } catch (NumberFormatException e) {
        return false;
      }
    }
    return read < max;
  }
}
