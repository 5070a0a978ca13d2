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
 * the version is the same. Requests for an answer being computed wait for it instead of computing it
 * again. The ETag is derived from the answer's bytes only, so an answer a publication did not change
 * (a past week's ranking) still revalidates with {@code If-None-Match} to 304 after it. Clients that
 * accept gzip get the answer compressed once per cached answer.
 */
final class PublishedCache {
  static final String KEY = "observatorio.cacheKey";
  private static final String PENDING = "observatorio.cachePending";
  private static final int MAX_ENTRIES = 4096;

  private final Supplier<Future<String>> versionQuery;
  private final long freshMillis;
  private final CharSequence cacheControl;
  private final Map<String, CachedAnswer> entries = new ConcurrentHashMap<>();
  private final Map<String, Pending> pending = new ConcurrentHashMap<>();
  private volatile String version;
  private volatile long checkedAt;
  private Future<String> inFlight;

  /** An answer being computed for a version, and the requests waiting for it. */
  private record Pending(String version, Promise<CachedAnswer> answer) {}

  PublishedCache(Supplier<Future<String>> versionQuery, long freshMillis, int maxAgeSeconds) {
    this.versionQuery = versionQuery;
    this.freshMillis = freshMillis;
    this.cacheControl = io.vertx.core.http.HttpHeaders.createOptimized("public, max-age=" + maxAgeSeconds);
  }

  /** A route handler: answers from the cache when it can, otherwise lets the route's handler run. */
  void lookup(RoutingContext ctx) {
    io.vertx.core.Context here = io.vertx.core.Vertx.currentContext();
    currentVersion().onComplete(ar -> {
      String v = ar.succeeded() ? ar.result() : null;
      if (v == null) {
        ctx.next();
        return;
      }
      String key = ctx.request().uri();
      CachedAnswer e = entries.get(key);
      if (e != null && e.version().equals(v)) {
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
        ctx.next();
        return;
      }
      first.answer().future().onComplete(done -> {
        io.vertx.core.Handler<Void> go = x -> {
          if (done.succeeded()) {
            done.result().send(ctx, cacheControl);
          } else {
            ctx.next();
          }
        };
        if (here == null) {
          go.handle(null);
        } else {
          here.runOnContext(go);
        }
      });
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
    CachedAnswer e = new CachedAnswer(v == null ? "" : v, b);
    if (v != null) {
      if (entries.size() >= MAX_ENTRIES) {
        entries.clear();
      }
      entries.put(ctx.request().uri(), e);
      Pending mine = ctx.get(PENDING);
      if (mine != null) {
        pending.remove(ctx.request().uri(), mine);
        mine.answer().tryComplete(e);
      }
    }
    e.send(ctx, cacheControl);
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
