package gt.observatorio.web.api;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Answers of the read-only API, cached per published state: the publication version (it changes
 * when a run is published) is checked at most every {@code freshMillis}; an answer is reused while
 * the version is the same, with an ETag derived from it and the body, so clients revalidate with
 * {@code If-None-Match} and get 304.
 */
final class PublishedCache {
  static final String KEY = "observatorio.cacheKey";
  private static final int MAX_ENTRIES = 4096;
  private record Entry(String version, String etag, Body body) {}

  private final Supplier<Future<String>> versionQuery;
  private final long freshMillis;
  private final int maxAgeSeconds;
  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private volatile String version;
  private volatile long checkedAt;
  private Future<String> inFlight;

  PublishedCache(Supplier<Future<String>> versionQuery, long freshMillis, int maxAgeSeconds) {
    this.versionQuery = versionQuery;
    this.freshMillis = freshMillis;
    this.maxAgeSeconds = maxAgeSeconds;
  }

  /** A route handler: answers from the cache when it can, otherwise lets the route's handler run. */
  void lookup(RoutingContext ctx) {
    currentVersion().onComplete(ar -> {
      String v = ar.succeeded() ? ar.result() : null;
      String key = ctx.request().uri();
      Entry e = v == null ? null : entries.get(key);
      if (e != null && e.version().equals(v)) {
        send(ctx, e);
        return;
      }
      if (v != null) {
        ctx.put(KEY, v);
      }
      ctx.next();
    });
  }

  /** Sends a freshly computed answer and keeps it for the version seen at lookup. */
  void reply(RoutingContext ctx, Future<Body> body) {
    body.onSuccess(b -> {
      try {
        store(ctx, b);
      } catch (RuntimeException e) {
        ctx.fail(e);
      }
    }).onFailure(ctx::fail);
  }

  private void store(RoutingContext ctx, Body b) {
    String v = ctx.get(KEY);
    byte[] bytes = b.bytes().getBytes();
    String etag = "\"" + (v == null ? "0" : v) + "-" + Integer.toHexString(bytes.length * 31
        + java.util.Arrays.hashCode(bytes)) + "\"";
    Entry e = new Entry(v == null ? "" : v, etag, b);
    if (v != null) {
      if (entries.size() >= MAX_ENTRIES) {
        entries.clear();
      }
      entries.put(ctx.request().uri(), e);
    }
    send(ctx, e);
  }

  private void send(RoutingContext ctx, Entry e) {
    var res = ctx.response();
    res.putHeader("cache-control", "public, max-age=" + maxAgeSeconds).putHeader("etag", e.etag())
        .putHeader("vary", "Origin");
    String inm = ctx.request().getHeader("if-none-match");
    if (inm != null && inm.contains(e.etag())) {
      res.setStatusCode(304).end();
      return;
    }
    res.putHeader("content-type", e.body().contentType());
    if (e.body().fileName() != null) {
      res.putHeader("content-disposition", "attachment; filename=\"" + e.body().fileName() + "\"");
    }
    res.setStatusCode(200).end(e.body().bytes());
  }

  private synchronized Future<String> currentVersion() {
    long now = System.currentTimeMillis();
    if (version != null && now - checkedAt < freshMillis) {
      return Future.succeededFuture(version);
    }
    if (inFlight != null) {
      return inFlight;
    }
    Promise<String> p = Promise.promise();
    inFlight = p.future();
    versionQuery.get().onComplete(ar -> {
      synchronized (this) {
        inFlight = null;
        if (ar.succeeded()) {
          version = ar.result();
          checkedAt = System.currentTimeMillis();
        }
      }
      p.handle(ar);
    });
    return p.future();
  }
}
