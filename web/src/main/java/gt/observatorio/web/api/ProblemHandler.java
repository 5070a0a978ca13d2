package gt.observatorio.web.api;

import gt.observatorio.engine.db.ConnectionLoss;
import io.vertx.core.Handler;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one failure handler: every error leaves as {@code application/problem+json} (RFC 9457) with
 * a reason in Spanish and English. {@code detail} is in the reader's language: the {@code lang} query
 * parameter ({@code es} or {@code en}) first, then {@code Accept-Language}, Spanish by default.
 * A lost database is answered 503 with {@code Retry-After} and logged once ({@link DatabaseOutage}); other
 * unexpected failures are logged and answered 500 without details.
 */
public final class ProblemHandler implements Handler<RoutingContext> {
  private static final Logger LOG = LoggerFactory.getLogger(ProblemHandler.class);
  private static final int RETRY_AFTER_SECONDS = 30;
  private final DatabaseOutage outage;

  /** A handler that logs each lost-database failure in one line (for routers without a database watch). */
  public ProblemHandler() {
    this(null);
  }

  ProblemHandler(DatabaseOutage outage) {
    this.outage = outage;
  }

  @Override
  public void handle(RoutingContext ctx) {
    Throwable failure = ctx.failure();
    int status;
    String es;
    String en;
    if (failure instanceof ApiException api) {
      status = api.status();
      es = api.detailEs();
      en = api.getMessage();
    } else if (failure == null && ctx.statusCode() >= 400) {
      status = ctx.statusCode();
      es = status == 404 ? "No existe ese recurso." : status == 405 ? "Método no permitido." : "Solicitud rechazada.";
      en = status == 404 ? "No such resource." : status == 405 ? "Method not allowed." : "Request refused.";
    } else if (ConnectionLoss.causedBy(failure)) {
      status = 503;
      es = "La base de datos no está disponible en este momento; vuelva a intentarlo en unos minutos.";
      en = "The database is unavailable right now; try again in a few minutes.";
      if (outage != null) {
        outage.lost(failure);
      } else {
        LOG.warn("Database unavailable on {} {}: {}", ctx.request().method(), ctx.request().path(), failure.toString());
      }
      ctx.response().putHeader("retry-after", String.valueOf(RETRY_AFTER_SECONDS));
    } else {
      status = 500;
      es = "Error interno; se ha registrado.";
      en = "Internal error; it has been logged.";
      LOG.error("Unhandled failure on {} {}", ctx.request().method(), ctx.request().path(), failure);
    }
    if (ctx.response().headWritten()) {
      ctx.response().reset();
      return;
    }
    JsonObject problem = new JsonObject()
        .put("type", "about:blank")
        .put("title", title(status))
        .put("status", status)
        .put("detail", english(ctx) ? en : es)
        .put("detail_es", es)
        .put("detail_en", en)
        .put("instance", ctx.request().path());
    if (failure instanceof ApiException api && api.extensions() != null) {
      api.extensions().forEach(e -> problem.put(e.getKey(), e.getValue()));
    }
    ctx.response().setStatusCode(status)
        .putHeader("content-language", english(ctx) ? "en" : "es")
        .putHeader("content-type", "application/problem+json; charset=utf-8")
        .end(problem.encode());
  }

  static boolean english(RoutingContext ctx) {
    String lang = ctx.request().getParam("lang");
    if (lang != null && !lang.isBlank()) {
      return lang.toLowerCase(java.util.Locale.ROOT).startsWith("en");
    }
    String accept = ctx.request().getHeader("accept-language");
    if (accept == null || accept.isBlank()) {
      return false;
    }
    return java.util.Locale.LanguageRange.parse(accept).stream()
        .filter(r -> r.getRange().startsWith("es") || r.getRange().startsWith("en"))
        .findFirst().map(r -> r.getRange().startsWith("en")).orElse(false);
  }

  private static String title(int status) {
    return switch (status) {
      case 400 -> "Solicitud inválida / Bad request";
      case 401 -> "No autenticado / Unauthorized";
      case 403 -> "Prohibido / Forbidden";
      case 404 -> "No encontrado / Not found";
      case 405 -> "Método no permitido / Method not allowed";
      case 406 -> "No aceptable / Not acceptable";
      case 413 -> "Demasiado grande / Payload too large";
      case 409 -> "Conflicto / Conflict";
      case 415 -> "Tipo no soportado / Unsupported media type";
      case 422 -> "Contenido no procesable / Unprocessable content";
      case 503 -> "Servicio no disponible / Service unavailable";
      default -> status >= 500 ? "Error interno / Internal error" : "Error / Error";
    };
  }
}
