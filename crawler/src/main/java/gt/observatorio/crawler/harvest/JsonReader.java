package gt.observatorio.crawler.harvest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gt.observatorio.crawler.CrawlerContext;
import gt.observatorio.crawler.http.FetchRequest;
import gt.observatorio.crawler.http.FetchResult;
import gt.observatorio.engine.domain.HarvestIssue;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fetches JSON documents for harvesters; every failure becomes an issue, never an exception. A 429
 * or 503 with a Retry-After no longer than {@code maxRetryAfterMillis} is waited for (the host gate
 * holds the host back) and retried once.
 */
public final class JsonReader {
  private static final Map<Integer, ObjectMapper> MAPPERS = new ConcurrentHashMap<>();
  private final CrawlerContext ctx;
  private final boolean obeyRobots;
  private FetchResult last;

  /**
   * @param api true for catalog APIs (robots.txt obeyed only with {@code robots.applyToApis}), false
   *     for documents such as data.json (robots.txt obeyed whenever it is enabled)
   */
  public JsonReader(CrawlerContext ctx, boolean api) {
    this.ctx = ctx;
    this.obeyRobots = ctx.config().robots().enabled() && (!api || ctx.config().robots().applyToApis());
  }

  /** The last fetch, e.g. to look at its status after a null answer. */
  public FetchResult last() {
    return last;
  }

  /** The JSON at {@code uri}, or null with an issue added when it could not be read. */
  public JsonNode get(URI uri, List<HarvestIssue> issues) {
    if (fetch(uri, issues) == null) {
      return null;
    }
    return parse(uri.toString(), last.body(), last.contentType(), ctx.config().limits().maxJsonDepth(), issues);
  }

  /** The JSON document at {@code uri} fetched (a 2xx), or null with an issue added; for streaming readers. */
  public FetchResult fetch(URI uri, List<HarvestIssue> issues) {
    last = ctx.fetcher().fetchRetryingOnce(FetchRequest.document(uri, ctx.config().maxBodyBytes(), obeyRobots,
        "application/json, */*;q=0.5"));
    if (!last.ok()) {
      issues.add(Issues.of(last));
      return null;
    }
    return last;
  }

  /** A mapper refusing documents nested deeper than {@code maxDepth} (no recursion past it). */
  static ObjectMapper mapper(int maxDepth) {
    return MAPPERS.computeIfAbsent(maxDepth, d -> new ObjectMapper(JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(d).build()).build()));
  }

  /**
   * Parses JSON bytes; an invalid encoding is reported and read with replacement characters, and a
   * document nested deeper than {@code maxDepth} is refused with a {@code catalog.too_deep} issue.
   */
  public static JsonNode parse(String url, byte[] body, String contentType, int maxDepth,
      List<HarvestIssue> issues) {
    Charsets.Decoded text = Charsets.decode(body, contentType);
    if (text.malformed()) {
      issues.add(new HarvestIssue(Issues.INVALID_ENCODING, url,
          "bytes not valid in " + text.charset().name() + " were replaced"));
    }
    try {
      JsonNode node = mapper(maxDepth).readTree(text.text());
      if (node == null || node.isMissingNode()) {
        issues.add(new HarvestIssue(Issues.MALFORMED_JSON, url, "empty body"));
        return null;
      }
      return node;
    } catch (StreamConstraintsException e) {
      issues.add(new HarvestIssue(Issues.TOO_DEEP, url, "JSON nested deeper than " + maxDepth + " levels"));
      return null;
    } catch (JsonProcessingException e) {
      String type = contentType == null ? "no Content-Type" : "Content-Type " + contentType;
      issues.add(new HarvestIssue(Issues.MALFORMED_JSON, url, "not valid JSON (" + type + "): "
          + e.getOriginalMessage()));
      return null;
    }
  }
}
