package gt.observatorio.crawler.probe;

import gt.observatorio.crawler.http.FetchResult;
import gt.observatorio.engine.domain.ProbeOutcome;
import gt.observatorio.engine.domain.ProbeResult;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the HEAD and ranged GET of a probe into one {@link ProbeResult}. */
final class ProbeResults {
  private static final Pattern CONTENT_RANGE = Pattern.compile("bytes\\s+(?:\\d+-\\d+|\\*)/(\\d+)");
  private final ContentSniffer sniffer;

  ProbeResults(ContentSniffer sniffer) {
    this.sniffer = sniffer;
  }

  static ProbeResult failure(String url, ProbeOutcome outcome, String detail, Instant at) {
    return new ProbeResult(url, outcome, null, null, List.of(), null, null, null, null, null, null,
        null, 0, at, detail);
  }

  /** The result of a HEAD {@code h} and, when one was made, a ranged GET {@code g}. */
  ProbeResult of(String url, FetchResult h, FetchResult g, ProbeResult previous, Instant at) {
    boolean headOk = h.failure() == null && h.status() >= 200 && h.status() < 300;
    boolean useGet = g != null && (g.status() > 0 || !headOk);
    FetchResult r = useGet ? g : h;
    long latency = h.latencyMillis() + (g == null ? 0 : g.latencyMillis());
    ProbeOutcome outcome = outcome(r);
    String detail = r.detail();
    if (g != null && h.status() > 0 && g.status() > 0 && h.status() / 100 != g.status() / 100) {
      detail = "HEAD answered " + h.status() + ", GET answered " + g.status();
    } else if (g != null && !useGet) {
      detail = "ranged GET failed: " + g.detail();
    }
    boolean bothOk = headOk && r == g && g.status() >= 200 && g.status() < 300;
    Integer status = r.status() == 0 ? null : bothOk ? h.status() : r.status();
    String finalUrl = r.finalUri() == null ? null : r.finalUri().toString();
    if (outcome == ProbeOutcome.NOT_MODIFIED && previous != null) {
      return new ProbeResult(url, outcome, status, finalUrl, r.redirectChain(),
          previous.declaredContentType(), previous.sniffedContentType(), previous.format(),
          previous.contentLength(), firstNonNull(r.header("Last-Modified"), previous.lastModified()),
          firstNonNull(r.header("ETag"), previous.etag()), r.tlsValid(), latency, at, detail);
    }
    String declared = firstNonNull(r.contentType(), headOk ? h.contentType() : null);
    String sniffed = r == g && g.body().length > 0 ? sniffer.sniff(g.body(), finalUrl) : null;
    String format = outcome.reachable() ? format(sniffed, declared, finalUrl == null ? url : finalUrl) : null;
    Long length = length(r, headOk ? h : null);
    return new ProbeResult(url, outcome, status, finalUrl, r.redirectChain(), declared, sniffed, format,
        length, firstNonNull(r.header("Last-Modified"), headOk ? h.header("Last-Modified") : null),
        firstNonNull(r.header("ETag"), headOk ? h.header("ETag") : null), r.tlsValid(), latency, at, detail);
  }

  static ProbeOutcome outcome(FetchResult r) {
    if (r.failure() != null) {
      return r.failure();
    }
    int s = r.status();
    if (s >= 200 && s < 300 || s == 416) {
      return r.redirectChain().isEmpty() ? ProbeOutcome.REACHABLE : ProbeOutcome.REDIRECTED;
    }
    if (s == 304) {
      return ProbeOutcome.NOT_MODIFIED;
    }
    if (s == 429) {
      return ProbeOutcome.RATE_LIMITED;
    }
    if (s >= 400 && s < 500) {
      return ProbeOutcome.CLIENT_ERROR;
    }
    if (s >= 500 && s < 600) {
      return ProbeOutcome.SERVER_ERROR;
    }
    return ProbeOutcome.PROTOCOL_ERROR;
  }

  /** Sniffed type first (when specific), then the declared type, then the URL's extension. */
  static String format(String sniffed, String declared, String url) {
    boolean weakSniff = sniffed == null || Formats.generic(sniffed) || sniffed.startsWith("text/plain");
    if (!weakSniff && Formats.ofMediaType(sniffed) != null) {
      return Formats.ofMediaType(sniffed);
    }
    boolean weakDeclared = Formats.generic(declared) || declared.toLowerCase().startsWith("text/plain");
    if (!weakDeclared && Formats.ofMediaType(declared) != null) {
      return Formats.ofMediaType(declared);
    }
    String byName = Formats.ofName(url);
    if (byName != null) {
      return byName;
    }
    return Formats.ofMediaType(sniffed != null ? sniffed : declared);
  }

  private static Long length(FetchResult r, FetchResult head) {
    String range = r.header("Content-Range");
    if (range != null) {
      Matcher m = CONTENT_RANGE.matcher(range);
      if (m.find()) {
        return Long.parseLong(m.group(1));
      }
    }
    if (head != null && head.header("Content-Length") != null) {
      return parse(head.header("Content-Length"));
    }
    if (r.status() == 200 && r.header("Content-Length") != null) {
      return parse(r.header("Content-Length"));
    }
    return r.status() == 200 && !r.truncated() && r.failure() == null && head == null
        ? Long.valueOf(r.body().length) : null;
  }

  private static Long parse(String v) {
    try {
      return Long.parseLong(v.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String firstNonNull(String a, String b) {
    return a != null ? a : b;
  }
}
