package gt.observatorio.web.api;

import gt.observatorio.engine.alerts.EventKind;
import gt.observatorio.engine.store.ApiToken;
import gt.observatorio.engine.store.TokenRepository;
import gt.observatorio.engine.store.WebhookRepository;
import gt.observatorio.engine.store.WebhookRepository.Webhook;
import gt.observatorio.web.alerts.WebhookTarget;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Webhooks through the admin API (admin only): register a URL and event kinds (the secret that signs the
 * deliveries is answered once, then never shown), list them, delete one, read its delivery log. A URL the
 * crawler's address guard refuses (a private address, unless allowed) is refused with 400 and the reason.
 */
public final class WebhookAdmin implements RouteModule {
  private static final SecureRandom RANDOM = new SecureRandom();
  private final WebhookRepository repo;
  private final TokenRepository tokens;
  private final WebhookTarget target;
  private final Clock clock;

  public WebhookAdmin(WebhookRepository repo, TokenRepository tokens, WebhookTarget target, Clock clock) {
    this.repo = repo;
    this.tokens = tokens;
    this.target = target;
    this.clock = clock;
  }

  @Override
  public List<ApiRoute> routes() {
    String base = AdminApi.BASE + "/webhooks";
    return List.of(
        ApiRoute.get(base, "adminListWebhooks", TokenAuth.require("admin"), this::list),
        ApiRoute.post(base, "adminCreateWebhook", TokenAuth.require("admin"), this::create),
        ApiRoute.delete(base + "/{id}", "adminDeleteWebhook", TokenAuth.require("admin"), this::delete),
        ApiRoute.get(base + "/{id}/deliveries", "adminWebhookDeliveries", TokenAuth.require("admin"), this::attempts));
  }

  private static JsonObject view(Webhook w) {
    return new JsonObject().put("id", w.id()).put("url", w.url()).put("kinds", new JsonArray(w.kinds()))
        .put("createdAt", w.createdAt().toString());
  }

  private void create(RoutingContext ctx) {
    JsonObject b = AdminApi.body(ctx);
    String url = b.getValue("url") instanceof String s ? s.strip() : null;
    if (url == null || url.isEmpty() || url.length() > 2000) {
      throw ApiException.badRequest("Falta url (texto de hasta 2000 caracteres).",
          "url is required (text of up to 2000 characters).");
    }
    List<String> kinds = kinds(b.getValue("kinds"));
    target.refusal(url).ifPresent(why -> {
      throw new ApiException(400, why.es(), why.en(), new JsonObject().put("reason", "address-refused"));
    });
    byte[] raw = new byte[32];
    RANDOM.nextBytes(raw);
    String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    ApiToken by = ctx.get(TokenAuth.TOKEN);
    repo.create(url, kinds, secret, clock.instant(), by.id())
        .compose(w -> tokens.audit(by, "webhook.create", "webhook/" + w.id(),
            new JsonObject().put("url", url).put("kinds", new JsonArray(kinds))).map(w))
        .onSuccess(w -> Reply.noStore(ctx, 201, view(w).put("secret", secret)))
        .onFailure(ctx::fail);
  }

  /** The event kinds asked for: a non-empty list of known kinds. */
  private static List<String> kinds(Object value) {
    Set<String> known = new TreeSet<>();
    for (EventKind k : EventKind.values()) {
      known.add(k.name());
    }
    List<String> out = new ArrayList<>();
    if (value instanceof JsonArray a) {
      for (Object o : a) {
        if (!(o instanceof String s) || !known.contains(s)) {
          throw ApiException.badRequest("Tipo de evento desconocido: " + o + ". Tipos: " + known,
              "Unknown event kind: " + o + ". Kinds: " + known);
        }
        if (!out.contains(s)) {
          out.add(s);
        }
      }
    }
    if (out.isEmpty()) {
      throw ApiException.badRequest("kinds debe ser una lista no vacía de tipos: " + known,
          "kinds must be a non-empty list of kinds: " + known);
    }
    return out;
  }

  private void list(RoutingContext ctx) {
    repo.list().onSuccess(all -> {
      JsonArray out = new JsonArray();
      all.forEach(w -> out.add(view(w)));
      Reply.noStore(ctx, 200, new JsonObject().put("webhooks", out));
    }).onFailure(ctx::fail);
  }

  private void delete(RoutingContext ctx) {
    long id = TokenAdmin.pathId(ctx);
    ApiToken by = ctx.get(TokenAuth.TOKEN);
    repo.delete(id).compose(found -> found
        ? tokens.audit(by, "webhook.delete", "webhook/" + id, new JsonObject()).map(true)
        : io.vertx.core.Future.failedFuture(ApiException.notFound("No hay webhook " + id + ".", "No webhook " + id + ".")))
        .onSuccess(x -> Reply.noStore(ctx, 200, new JsonObject().put("id", id).put("deleted", true)))
        .onFailure(ctx::fail);
  }

  private void attempts(RoutingContext ctx) {
    long id = TokenAdmin.pathId(ctx);
    repo.attempts(id, 500).onSuccess(list -> {
      JsonArray out = new JsonArray();
      list.forEach(a -> out.add(new JsonObject().put("eventId", a.eventId()).put("attempt", a.attempt())
          .put("at", a.at().toString()).put("status", a.status()).put("outcome", a.outcome())
          .put("detail", a.detail())));
      Reply.noStore(ctx, 200, new JsonObject().put("id", id).put("deliveries", out));
    }).onFailure(ctx::fail);
  }
}
