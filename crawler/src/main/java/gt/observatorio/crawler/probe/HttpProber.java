package gt.observatorio.crawler.probe;

import gt.observatorio.crawler.CrawlerContext;
import gt.observatorio.crawler.http.FetchRequest;
import gt.observatorio.crawler.http.FetchResult;
import gt.observatorio.crawler.http.SafeFetcher;
import gt.observatorio.engine.domain.ProbeOutcome;
import gt.observatorio.engine.domain.ProbeResult;
import gt.observatorio.engine.port.Prober;
import java.net.URI;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Probes distribution URLs: a HEAD (conditional when a previous ETag or Last-Modified is known),
 * then a ranged GET of the first bytes when HEAD is refused (403/405/501), fails or errs, or
 * to sniff the content; the GET's answer wins when both came. A 429/503 with a short Retry-After is
 * retried once. {@link #probeAll} keeps one queue per host and a global limit of threads.
 */
public final class HttpProber implements Prober {
  private static final Set<ProbeOutcome> FINAL = EnumSet.of(ProbeOutcome.INVALID_URL,
      ProbeOutcome.DISALLOWED_BY_ROBOTS, ProbeOutcome.BLOCKED_PRIVATE_ADDRESS, ProbeOutcome.DNS_FAILURE,
      ProbeOutcome.TLS_FAILURE, ProbeOutcome.TOO_MANY_REDIRECTS, ProbeOutcome.TIMEOUT,
      ProbeOutcome.NOT_PROBED);

  private final CrawlerContext ctx;
  private final SafeFetcher fetcher;
  private final ProbeResults results;
  private final TableProbe tables;

  public HttpProber(CrawlerContext ctx) {
    this.ctx = ctx;
    this.fetcher = ctx.fetcher();
    this.results = new ProbeResults(ctx.sniffer());
    this.tables = new TableProbe(fetcher, ctx.config().content(), ctx.config().robots().enabled(),
        ctx.config().rangeBytes());
  }

  @Override
  public ProbeResult probe(String url, ProbeResult previous) {
    Instant at = ctx.clock().instant();
    URI uri;
    try {
      uri = gt.observatorio.crawler.harvest.Uris.lenient(url);
    } catch (java.net.URISyntaxException e) {
      return ProbeResults.failure(url, ProbeOutcome.INVALID_URL, "invalid URL: " + e.getMessage(), at);
    }
    boolean robots = ctx.config().robots().enabled();
    FetchRequest head = conditional(new FetchRequest(uri, "HEAD", Map.of(), false, 0, robots), previous);
    FetchResult h = fetcher.fetchRetryingOnce(head);
    if (h.failure() != null && FINAL.contains(h.failure()) || h.status() == 304 || h.status() == 429) {
      return results.of(url, h, null, previous, at);
    }
    boolean headOk = h.failure() == null && h.status() >= 200 && h.status() < 300;
    if (headOk && !ctx.config().sniffContent() && h.header("Content-Type") != null) {
      return tables.attach(uri, results.of(url, h, null, previous, at), null);
    }
    FetchRequest get = conditional(new FetchRequest(uri, "GET",
        Map.of("Range", "bytes=0-" + (ctx.config().rangeBytes() - 1), "Accept-Encoding", "identity"),
        false, ctx.config().rangeBytes(), robots), previous);
    FetchResult g = fetcher.fetchRetryingOnce(get);
    return tables.attach(uri, results.of(url, h, g, previous, at), g);
  }

  private static FetchRequest conditional(FetchRequest req, ProbeResult previous) {
    if (previous == null) {
      return req;
    }
    FetchRequest r = req;
    if (previous.etag() != null) {
      r = r.withHeader("If-None-Match", previous.etag());
    }
    if (previous.lastModified() != null) {
      r = r.withHeader("If-Modified-Since", previous.lastModified());
    }
    return r;
  }

  @Override
  public Map<String, ProbeResult> probeAll(Collection<String> urls, Function<String, ProbeResult> previous) {
    return new HostQueues(this, fetcher.gate(), ctx.config().maxConcurrency(),
        ctx.config().perHostConcurrency()).run(urls, previous, ctx.clock());
  }

  /** Kept for symmetry with the port; the HTTP client belongs to the {@link CrawlerContext}. */
  @Override
  public void close() {}
}
