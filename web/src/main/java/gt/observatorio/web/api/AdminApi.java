package gt.observatorio.web.api;

import gt.observatorio.crawler.CatalogKinds;
import gt.observatorio.engine.domain.Institution;
import gt.observatorio.engine.domain.Source;
import gt.observatorio.engine.schedule.CrawlScheduler;
import gt.observatorio.engine.store.ApiToken;
import gt.observatorio.engine.store.RegistryRepository;
import gt.observatorio.engine.store.TokenRepository;
import gt.observatorio.rules.Profiles;
import gt.observatorio.rules.ruleset.RuleSetException;
import gt.observatorio.rules.ruleset.RuleSetLoader;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The admin API for GAE under {@code /api/admin/v1}: institutions and sources (editor; a source's
 * schedule follows at once), crawl triggers (editor), rule-set validation and the audit log (admin).
 * Every change is audited. Requests are authenticated first, then checked against the OpenAPI
 * document's parameters; bodies are checked here.
 */
final class AdminApi implements RouteModule {
  static final String BASE = "/api/admin/v1";
  private static final Pattern CODE = Pattern.compile("[A-Z0-9_-]{1,32}");
  private static final Pattern SOURCE_ID = Pattern.compile("[a-z0-9_.-]{1,64}");
  private final RegistryRepository registry;
  private final TokenRepository tokens;
  private final AdminHooks hooks;
  private final Vertx vertx;

  AdminApi(RegistryRepository registry, TokenRepository tokens, AdminHooks hooks, Vertx vertx) {
    this.registry = registry;
    this.tokens = tokens;
    this.hooks = hooks == null ? AdminHooks.NONE : hooks;
    this.vertx = vertx;
  }

  /** Every request under the admin base: body read, token authenticated, parameters checked against the contract. */
  void guard(Router router, ContractValidation contract) {
    router.route(BASE + "/*").handler(BodyHandler.create(false).setBodyLimit(256 * 1024))
        .handler(new TokenAuth(tokens)::authenticate).handler(contract::handle);
  }

  @Override
  public List<ApiRoute> routes() {
    return List.of(
        ApiRoute.get(BASE + "/whoami", "adminWhoami", ctx -> {
          ApiToken t = ctx.get(TokenAuth.TOKEN);
          Reply.noStore(ctx, 200, new JsonObject().put("id", t.id()).put("role", t.role()).put("label", t.label()));
        }),
        ApiRoute.put(BASE + "/institutions/{code}", "adminPutInstitution", TokenAuth.require("editor"),
            this::putInstitution),
        ApiRoute.put(BASE + "/sources/{id}", "adminPutSource", TokenAuth.require("editor"), this::putSource),
        ApiRoute.delete(BASE + "/sources/{id}", "adminDeleteSource", TokenAuth.require("editor"), this::deleteSource),
        ApiRoute.post(BASE + "/crawls", "adminTriggerCrawl", TokenAuth.require("editor"), this::crawl),
        ApiRoute.post(BASE + "/rulesets/validate", "adminValidateRuleSet", TokenAuth.require("admin"), this::validate),
        ApiRoute.get(BASE + "/audit", "adminAudit", TokenAuth.require("admin"), this::audit));
  }

  private void putInstitution(RoutingContext ctx) {
    String code = ctx.pathParam("code");
    if (!CODE.matcher(code).matches()) {
      throw ApiException.badRequest("Código inválido (A-Z, 0-9, _ o -).", "Invalid code (A-Z, 0-9, _ or -).");
    }
    JsonObject b = body(ctx);
    Institution i = new Institution(code, required(b, "name"), b.getString("type"), b.getString("sector"));
    ApiToken t = ctx.get(TokenAuth.TOKEN);
    registry.upsert(List.of(i), List.of())
        .compose(x -> tokens.audit(t, "institution.put", "institution/" + code, b))
        .onSuccess(x -> Reply.noStore(ctx, 200, ApiViews.institution(i))).onFailure(ctx::fail);
  }

  private void putSource(RoutingContext ctx) {
    String id = ctx.pathParam("id");
    if (!SOURCE_ID.matcher(id).matches()) {
      throw ApiException.badRequest("Id de fuente inválido (a-z, 0-9, _ . -).", "Invalid source id (a-z, 0-9, _ . -).");
    }
    JsonObject b = body(ctx);
    Source s = source(id, b);
    Object enabledValue = b.getValue("enabled", Boolean.TRUE);
    if (!(enabledValue instanceof Boolean enabled)) {
      throw ApiException.badRequest("enabled debe ser true o false.", "enabled must be true or false.");
    }
    ApiToken t = ctx.get(TokenAuth.TOKEN);
    registry.institution(s.institutionCode()).compose(i -> i.isEmpty()
        ? Future.failedFuture(Params.unknownInstitution(s.institutionCode()))
        : registry.upsert(List.of(), List.of(s)))
        .compose(x -> registry.setEnabled(id, enabled))
        .compose(x -> tokens.audit(t, enabled ? "source.put" : "source.disable", "source/" + id, b))
        .compose(x -> reschedule())
        .onSuccess(x -> Reply.noStore(ctx, 200, new JsonObject().put("id", s.id()).put("institution", s.institutionCode())
            .put("url", s.url().toString()).put("kind", s.kind()).put("cron", s.cron()).put("enabled", enabled)))
        .onFailure(ctx::fail);
  }

  private void deleteSource(RoutingContext ctx) {
    String id = ctx.pathParam("id");
    ApiToken t = ctx.get(TokenAuth.TOKEN);
    registry.deleteSource(id).compose(d -> switch (d) {
      case NOT_FOUND -> Future.failedFuture(ApiException.notFound("No hay fuente " + id + ".", "No source " + id + "."));
      case HAS_HISTORY -> Future.failedFuture(new ApiException(409,
          "La fuente " + id + " ya fue rastreada; su historial se conserva. Desactívela (enabled: false).",
          "Source " + id + " has been crawled; its history is kept. Disable it instead (enabled: false)."));
      case DELETED -> tokens.audit(t, "source.delete", "source/" + id, new JsonObject()).compose(x -> reschedule());
    }).onSuccess(x -> Reply.send(ctx, 204, null, Reply.NO_STORE, io.vertx.core.buffer.Buffer.buffer()))
        .onFailure(ctx::fail);
  }

  /** Makes the schedule match the enabled sources. */
  private Future<Void> reschedule() {
    return hooks.sourcesChanged().get();
  }

  private Source source(String id, JsonObject b) {
    URI url;
    try {
      url = URI.create(required(b, "url"));
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("url no es una URL válida.", "url is not a valid URL.");
    }
    if (url.getScheme() == null || !url.getScheme().matches("https?") || url.getHost() == null) {
      throw ApiException.badRequest("url debe ser http(s) absoluta.", "url must be an absolute http(s) URL.");
    }
    String kind;
    try {
      kind = CatalogKinds.require(required(b, "kind"));
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("Tipo de fuente desconocido.", e.getMessage());
    }
    String cron = b.getString("cron");
    if (cron != null && CrawlScheduler.cronProblem(cron).isPresent()) {
      throw ApiException.badRequest("cron no es una expresión Quartz válida.", "cron is not a valid Quartz expression.");
    }
    if (cron != null) {
      hooks.cronProblem().apply(cron).ifPresent(p -> {
        String[] esEn = p.split(" / ", 2);
        throw ApiException.badRequest(esEn[0] + ".", (esEn.length > 1 ? esEn[1] : esEn[0]) + ".");
      });
    }
    return new Source(id, required(b, "institution").toUpperCase(java.util.Locale.ROOT), url, kind, cron);
  }

  private void crawl(RoutingContext ctx) {
    JsonObject b = body(ctx);
    String id = required(b, "source");
    ApiToken t = ctx.get(TokenAuth.TOKEN);
    registry.source(id).compose(s -> {
      if (s.isEmpty()) {
        return Future.failedFuture(ApiException.notFound("No hay fuente " + id + ".", "No source " + id + "."));
      }
      return registry.enabled(id).compose(on -> on.orElse(false)
          ? tokens.audit(t, "crawl.trigger", "source/" + id, b).map(x -> s.get())
          : Future.failedFuture(new ApiException(409, "La fuente " + id + " está desactivada.",
              "Source " + id + " is disabled.")));
    }).onSuccess(s -> {
      if (hooks.crawl() == null) {
        ctx.fail(new ApiException(503, "Este proceso no rastrea.", "This process does not crawl."));
        return;
      }
      hooks.crawl().accept(s);
      Reply.noStore(ctx, 202, new JsonObject().put("source", s.id()).put("accepted", true));
    }).onFailure(ctx::fail);
  }

  private void validate(RoutingContext ctx) {
    byte[] yaml = ctx.body().buffer() == null ? new byte[0] : ctx.body().buffer().getBytes();
    ApiToken t = ctx.get(TokenAuth.TOKEN);
    vertx.executeBlocking(() -> {
      try {
        var def = new RuleSetLoader().load("request", yaml, p -> Profiles.definition(p, Optional.empty()));
        return new JsonObject().put("valid", true).put("id", def.info().id()).put("version", def.info().version())
            .put("hash", def.info().contentHash()).put("problems", new JsonArray());
      } catch (RuleSetException e) {
        JsonArray problems = new JsonArray();
        e.problems().forEach(p -> problems.add(new JsonObject().put("line", p.line()).put("rule", p.ruleId())
            .put("reason", p.reason())));
        return new JsonObject().put("valid", false).put("problems", problems);
      } catch (RuntimeException e) {
        return new JsonObject().put("valid", false).put("problems", new JsonArray().add(
            new JsonObject().put("reason", String.valueOf(e.getMessage()))));
      }
    }, false).compose(r -> tokens.audit(t, "ruleset.validate", "ruleset/" + r.getString("id", "?"),
        new JsonObject().put("valid", r.getBoolean("valid"))).map(r))
        .onSuccess(r -> Reply.noStore(ctx, 200, r)).onFailure(ctx::fail);
  }

  private void audit(RoutingContext ctx) {
    int limit = Params.integer(ctx, "limit", 100, 1, 1000);
    tokens.recentAudit(limit).map(list -> {
      JsonArray out = new JsonArray();
      list.forEach(a -> out.add(new JsonObject().put("id", a.id()).put("at", String.valueOf(a.at()))
          .put("token", a.tokenId()).put("role", a.role()).put("action", a.action()).put("target", a.target())
          .put("detail", a.detail() == null ? null : new JsonObject(a.detail()))));
      return new JsonObject().put("entries", out);
    }).onSuccess(b -> Reply.noStore(ctx, 200, b)).onFailure(ctx::fail);
  }

  static JsonObject body(RoutingContext ctx) {
    String type = ctx.request().getHeader("content-type");
    if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
      throw new ApiException(415, "Envíe JSON (Content-Type: application/json).", "Send JSON (Content-Type: application/json).");
    }
    try {
      JsonObject o = ctx.body().asJsonObject();
      if (o == null) {
        throw new DecodeException("empty");
      }
      return o;
    } catch (DecodeException | ClassCastException e) {
      throw ApiException.badRequest("El cuerpo no es un objeto JSON válido.", "The body is not a valid JSON object.");
    }
  }

  static String required(JsonObject b, String field) {
    Object v = b.getValue(field);
    if (!(v instanceof String s) || s.isBlank() || s.length() > 2000) {
      throw ApiException.badRequest("Falta el campo de texto '" + field + "'.", "Missing text field '" + field + "'.");
    }
    return s.strip();
  }
}
