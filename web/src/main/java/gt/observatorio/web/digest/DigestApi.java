package gt.observatorio.web.digest;

import gt.observatorio.engine.store.RegistryRepository;
import gt.observatorio.engine.store.Subscriber;
import gt.observatorio.engine.store.SubscriptionRepository;
import gt.observatorio.web.api.ApiException;
import gt.observatorio.web.api.ApiRoute;
import gt.observatorio.web.api.Reply;
import gt.observatorio.web.api.RouteModule;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Subscriptions to the e-mail digests: a request (the confirmation link is mailed; the answer is the same whatever
 * the address, so nothing about an address is disclosed), the confirmation and the unsubscribe links (small pages,
 * Spanish first). No route ever returns an address.
 */
public final class DigestApi implements RouteModule {
  private static final String EMAIL = "[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{1,63}";
  private static final String TOKEN = "[A-Za-z0-9_-]{16,64}";
  private final DigestService service;
  private final SubscriptionRepository subscriptions;
  private final RegistryRepository registry;
  private final Clock clock;

  /** @param service null when mail is not enabled: requests are refused, the links in mails sent before still work */
  public DigestApi(DigestService service, SubscriptionRepository subscriptions, RegistryRepository registry,
      Clock clock) {
    this.service = service;
    this.subscriptions = subscriptions;
    this.registry = registry;
    this.clock = clock;
  }

  @Override
  public List<ApiRoute> routes() {
    return List.of(
        ApiRoute.post("/api/v1/subscriptions", "postSubscriptions", BodyHandler.create().setBodyLimit(4096),
            this::request),
        ApiRoute.get("/api/v1/subscriptions/confirm", "getSubscriptionsConfirm", ctx -> link(ctx,
            subscriptions::confirm, "Suscripción confirmada", "Subscription confirmed",
            "Recibirá el resumen semanal y las alertas.", "You will receive the weekly digest and the alerts.")),
        ApiRoute.get("/api/v1/subscriptions/unsubscribe", "getSubscriptionsUnsubscribe", ctx -> link(ctx,
            subscriptions::unsubscribe, "Suscripción cancelada", "Unsubscribed",
            "No recibirá más correos del observatorio.", "You will receive no more messages from the observatory.")));
  }

  private void request(RoutingContext ctx) {
    if (service == null) {
      throw new ApiException(503, "El envío de correos no está habilitado en este observatorio.",
          "Sending e-mail is not enabled on this observatory.");
    }
    JsonObject b;
    try {
      b = ctx.body().asJsonObject();
    } catch (DecodeException | ClassCastException e) {
      b = null;
    }
    if (b == null || !(b.getValue("email") instanceof String email) || !email.strip().matches(EMAIL)) {
      throw ApiException.badRequest("Envíe {\"email\": \"...\"} con una dirección válida.",
          "Send {\"email\": \"...\"} with a valid address.");
    }
    Object inst = b.getValue("institution");
    if (inst != null && !(inst instanceof String)) {
      throw ApiException.badRequest("institution debe ser un código.", "institution must be a code.");
    }
    String code = inst == null ? null : ((String) inst).toUpperCase(Locale.ROOT);
    Future<Boolean> known = code == null ? Future.succeededFuture(true)
        : registry.institution(code).map(Optional::isPresent);
    known.compose(ok -> ok ? service.request(email.strip(), code)
        : Future.failedFuture(ApiException.notFound("No hay institución " + code + ".", "No institution " + code + ".")))
        .onSuccess(x -> Reply.noStore(ctx, 202, new JsonObject().put("message", new JsonObject()
            .put("es", "Si la dirección es válida, recibirá un enlace para confirmar.")
            .put("en", "If the address is valid, it will receive a link to confirm."))))
        .onFailure(ctx::fail);
  }

  private void link(RoutingContext ctx, BiFunction<String, java.time.Instant, Future<Optional<Subscriber>>> action,
      String titleEs, String titleEn, String es, String en) {
    String token = ctx.request().getParam("token");
    if (token == null || !token.matches(TOKEN)) {
      throw ApiException.badRequest("Enlace inválido.", "Invalid link.");
    }
    action.apply(token, clock.instant()).onSuccess(s -> {
      if (s.isEmpty()) {
        ctx.fail(ApiException.notFound("Este enlace no corresponde a ninguna suscripción vigente.",
            "This link matches no current subscription."));
        return;
      }
      String html = "<!doctype html><html lang=\"es\"><head><meta charset=\"utf-8\"><title>" + titleEs + " / "
          + titleEn + "</title></head><body><h1>" + titleEs + "</h1><p>" + es + "</p><h2 lang=\"en\">" + titleEn
          + "</h2><p lang=\"en\">" + en + "</p></body></html>";
      Reply.send(ctx, 200, "text/html; charset=utf-8", Reply.NO_STORE, Buffer.buffer(html));
    }).onFailure(ctx::fail);
  }
}
