package gt.observatorio.web.api;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.function.Function;

/**
 * The one way a route answers successfully (failures go to {@link ProblemHandler} through
 * {@code ctx.fail}): a status, a content type, a cache policy and a body. Answers of the published
 * read API go through {@link PublishedCache}, which adds ETags.
 */
public final class Reply {
  public static final String JSON = "application/json; charset=utf-8";
  /** Never stored: admin answers, health. */
  public static final String NO_STORE = "no-store";
  /** Stored but revalidated each time: answers that change without a publication. */
  public static final String NO_CACHE = "no-cache";

  private Reply() {}

  public static void send(RoutingContext ctx, int status, String contentType, String cacheControl, Buffer body) {
    var res = ctx.response().setStatusCode(status);
    if (contentType != null) {
      res.putHeader("content-type", contentType);
    }
    if (cacheControl != null) {
      res.putHeader("cache-control", cacheControl);
    }
    res.end(body);
  }

  /** A download or export: its type, and its file name as an attachment when it has one. */
  static void body(RoutingContext ctx, String cacheControl, Body b) {
    if (b.fileName() != null) {
      ctx.response().putHeader("content-disposition", "attachment; filename=\"" + b.fileName() + "\"");
    }
    send(ctx, 200, b.contentType(), cacheControl, b.bytes());
  }

  public static void json(RoutingContext ctx, int status, String cacheControl, JsonObject body) {
    send(ctx, status, JSON, cacheControl, body.toBuffer());
  }

  /** A JSON answer that is never stored. */
  public static void noStore(RoutingContext ctx, int status, JsonObject body) {
    json(ctx, status, NO_STORE, body);
  }

  /** The JSON a future gives, 200 and revalidated each time, or its failure as a problem. */
  public static void noCache(RoutingContext ctx, Future<JsonObject> body) {
    body.onSuccess(b -> json(ctx, 200, NO_CACHE, b)).onFailure(ctx::fail);
  }

  /** A handler answering what {@code h} computes, as {@link #noCache(RoutingContext, Future)}; a throw is a failure. */
  public static Handler<RoutingContext> noCache(Function<RoutingContext, Future<JsonObject>> h) {
    return ctx -> {
      Future<JsonObject> body;
      try {
        body = h.apply(ctx);
      } catch (RuntimeException e) {
        body = Future.failedFuture(e);
      }
      noCache(ctx, body);
    };
  }
}
