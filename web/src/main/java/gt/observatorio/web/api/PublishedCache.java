package gt.observatorio.web.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Answers of the read-only API, cached per published state ({@link PublicationVersion}: a version read at most 500 ms
 * before the request, read again in the background so that requests do not wait for it); an answer is reused while
 * the version is the same, and kept only if computed for the latest version known. Requests for an answer being
 * computed wait for it instead of computing it again. The ETag is derived from the answer's bytes only, so an answer
 * a publication did not change (a past week's ranking) still revalidates with {@code If-None-Match} to 304 after it.
 * Clients that accept gzip get the answer compressed once per cached answer. The answers kept are bounded by their
 * bytes ({@link AnswerCaching}); Caffeine's policy (recency and frequency) chooses which go.
 */
final class PublishedCache {
  static final String KEY = "observatorio.cacheKey";
  private static final String PENDING = "observatorio.cachePending";

  private final PublicationVersion version;
  private final CharSequence cacheControl;
  private final Cache<String, CachedAnswer> entries;
  private final CacheMeters meters;
  private final Map<String, Pending> pending = new ConcurrentHashMap<>();

  /** An answer being computed for a version, and the requests waiting for it. */
  private record Pending(String version, Promise<CachedAnswer> answer) {}

  PublishedCache(PublicationVersion version, AnswerCaching caching) {
    this.version = version;
    this.cacheControl = io.vertx.core.http.HttpHeaders.createOptimized("public, max-age=" + caching.maxAgeSeconds());
    this.entries = Caffeine.newBuilder().maximumWeight(caching.maxBytes()).recordStats().executor(Runnable::run)
        .weigher((String uri, CachedAnswer a) -> a.weight() + 2 * uri.length()).build();
    this.meters = new CacheMeters(caching.meters(), entries);
  }

  /** A route handler: answers from the cache when it can, otherwise lets the route's handler run. */
  void lookup(RoutingContext ctx) {
    Future<String> v = version.current();
    if (v.isComplete()) {
      lookup(ctx, v);
      return;
    }
    io.vertx.core.Context here = io.vertx.core.Vertx.currentContext();
    v.onComplete(ar -> onContext(here, () -> lookup(ctx, ar)));
  }

  /** Runs {@code step} on the request's own event loop: a shared future completes on whichever thread ended it. */
  private static void onContext(io.vertx.core.Context here, Runnable step) {
    if (here == null) {
      step.run();
    } else {
      here.runOnContext(x -> step.run());
    }
  }

  private void lookup(RoutingContext ctx, AsyncResult<String> ar) {
    io.vertx.core.Context here = io.vertx.core.Vertx.currentContext();
    String v = ar.succeeded() ? ar.result() : null;
    if (v == null) {
      meters.computed();
      ctx.next();
      return;
    }
    String key = ctx.request().uri();
    CachedAnswer e = entries.getIfPresent(key);
    if (e != null && e.version().equals(v)) {
      meters.cached();
      e.send(ctx, cacheControl);
      return;
    }
    ctx.put(KEY, v);
    Pending mine = new Pending(v, Promise.promise());
    Pending first = pending.putIfAbsent(key, mine);
    if (first == null || !first.version().equals(v)) {
      if (first != null) {
        pending.put(key, mine);
      }
      ctx.put(PENDING, mine);
      // Whatever ends this request (an answer, a 400, a failure), waiting requests are released.
      ctx.addEndHandler(x -> {
        pending.remove(key, mine);
        mine.answer().tryFail("not cached");
      });
      meters.computed();
      ctx.next();
      return;
    }
    first.answer().future().onComplete(done -> onContext(here, () -> {
      if (done.succeeded()) {
        meters.shared();
        done.result().send(ctx, cacheControl);
      } else {
        meters.computed();
        ctx.next();
      }
    }));
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
    CachedAnswer e = new CachedAnswer(v == null ? "" : v, b);
    if (v != null) {
      if (v.equals(version.latest())) {
        entries.put(ctx.request().uri(), e);
      }
      Pending mine = ctx.get(PENDING);
      if (mine != null) {
        pending.remove(ctx.request().uri(), mine);
        mine.answer().tryComplete(e);
      }
    }
    e.send(ctx, cacheControl);
  }
}
