package gt.observatorio.web.api;

import gt.observatorio.engine.store.ApiToken;
import gt.observatorio.engine.store.RuleSetRepository;
import gt.observatorio.engine.store.StoredRuleSet;
import gt.observatorio.engine.store.TokenRepository;
import gt.observatorio.rules.ruleset.RuleSetDefinition;
import gt.observatorio.web.rulesets.ActiveRuleSets;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.util.List;

/**
 * Rule sets through the admin API (admin): store a version (validated exactly as a rule file is),
 * list the versions, activate one for its profile (it scores the next crawls and {@code rescore}),
 * deactivate (back to the shipped file). Every change is audited.
 */
final class RuleSetAdmin implements RouteModule {
  private static final String CHANGES = "observatorio.ruleset-changes";
  private final ActiveRuleSets ruleSets;
  private final RuleSetRepository stored;
  private final TokenRepository tokens;
  private final Vertx vertx;

  RuleSetAdmin(ActiveRuleSets ruleSets, RuleSetRepository stored, TokenRepository tokens, Vertx vertx) {
    this.ruleSets = ruleSets;
    this.stored = stored;
    this.tokens = tokens;
    this.vertx = vertx;
  }

  @Override
  public List<ApiRoute> routes() {
    String base = AdminApi.BASE + "/rulesets";
    Handler<RoutingContext> admin = TokenAuth.require("admin");
    return List.of(
        ApiRoute.post(base, "adminStoreRuleSet", admin, this::store),
        ApiRoute.get(base, "adminListRuleSets", admin, this::list),
        ApiRoute.delete(base + "/active/{profile}", "adminDeactivateRuleSet", admin, this::deactivate),
        ApiRoute.get(base + "/{id}", "adminGetRuleSet", admin, this::one),
        ApiRoute.post(base + "/{id}/activate", "adminActivateRuleSet", admin, this::activate));
  }

  private void store(RoutingContext ctx) {
    String yaml = RuleSetInput.yaml(ctx);
    ApiToken t = ctx.get(TokenAuth.TOKEN);
    vertx.executeBlocking(() -> RuleSetInput.parse(ruleSets, yaml), false).compose(def -> {
      String profile = def.info().profile();
      RuleSetDefinition shipped = ruleSets.shipped(profile);
      if (shipped.info().version().equals(def.info().version())
          && !shipped.info().contentHash().equals(def.info().contentHash())) {
        return Future.failedFuture(versionTaken(def));
      }
      return stored.insert(profile, def.info().id(), def.info().version(), def.info().contentHash(), yaml, t.id())
          .compose(inserted -> inserted.isPresent()
              ? tokens.audit(t, "ruleset.store", "ruleset/" + inserted.get().id(), new JsonObject()
                  .put("profile", profile).put("version", def.info().version()).put("hash", def.info().contentHash()))
                  .map(x -> reply(ctx, 201, inserted.get()))
              : stored.find(profile, def.info().version()).compose(existing -> existing.isPresent()
                  && existing.get().contentHash().equals(def.info().contentHash())
                  ? Future.succeededFuture(reply(ctx, 200, existing.get()))
                  : Future.failedFuture(versionTaken(def))));
    }).onFailure(ctx::fail);
  }

  private Void reply(RoutingContext ctx, int status, StoredRuleSet s) {
    ctx.response().putHeader("location", AdminApi.BASE + "/rulesets/" + s.id());
    Reply.noStore(ctx, status, Methodology.version(s));
    return null;
  }

  private static ApiException versionTaken(RuleSetDefinition def) {
    return new ApiException(409, "El perfil " + def.info().profile() + " ya tiene la versión " + def.info().version()
        + " con otro contenido: aumente version.", "Profile " + def.info().profile() + " already has version "
        + def.info().version() + " with other content: raise version.");
  }

  private void list(RoutingContext ctx) {
    stored.list().onSuccess(all -> {
      JsonArray out = new JsonArray();
      for (String p : ruleSets.profiles()) {
        ActiveRuleSets.Current now = ruleSets.current(p);
        JsonArray versions = new JsonArray();
        all.stream().filter(v -> v.profile().equals(p)).forEach(v -> versions.add(Methodology.version(v)));
        out.add(new JsonObject().put("profile", p).put("shipped", Methodology.summary(ruleSets.shipped(p)))
            .put("current", new JsonObject().put("origin", now.stored() == null ? "shipped" : "stored")
                .put("storedId", now.stored() == null ? null : now.stored().id())
                .mergeIn(Methodology.summary(now.definition())))
            .put("versions", versions));
      }
      Reply.noStore(ctx, 200, new JsonObject().put("profiles", out));
    }).onFailure(ctx::fail);
  }

  private void one(RoutingContext ctx) {
    long id = TokenAdmin.pathId(ctx);
    stored.find(id).onSuccess(s -> {
      if (s.isEmpty()) {
        ctx.fail(notFound(id));
      } else {
        Reply.noStore(ctx, 200, Methodology.version(s.get()).put("yaml", s.get().yaml()));
      }
    }).onFailure(ctx::fail);
  }

  private void activate(RoutingContext ctx) {
    long id = TokenAdmin.pathId(ctx);
    ApiToken t = ctx.get(TokenAuth.TOKEN);
    stored.find(id).map(found -> found.orElseThrow(() -> notFound(id)))
        .compose(s -> vertx.executeBlocking(() -> {
          RuleSetInput.parse(ruleSets, s.yaml());
          return s;
        }, false))
        .compose(s -> oneChangeAtATime(() -> stored.activate(s).compose(x -> vertx.executeBlocking(() -> {
          ruleSets.use(s);
          return s;
        }, false))))
        .compose(s -> tokens.audit(t, "ruleset.activate", "ruleset/" + id, new JsonObject().put("profile", s.profile())
            .put("version", s.version()).put("hash", s.contentHash())).map(x -> s))
        .onSuccess(s -> Reply.noStore(ctx, 200, Methodology.version(s).put("active", true)))
        .onFailure(ctx::fail);
  }

  private void deactivate(RoutingContext ctx) {
    String profile = ctx.pathParam("profile");
    if (!ruleSets.profiles().contains(profile)) {
      throw ApiException.notFound("Perfil desconocido.", "Unknown profile.");
    }
    ApiToken t = ctx.get(TokenAuth.TOKEN);
    oneChangeAtATime(() -> stored.deactivate(profile).compose(changed -> vertx.executeBlocking(() -> {
      ruleSets.useShipped(profile);
      return changed;
    }, false)))
        .compose(changed -> tokens.audit(t, "ruleset.deactivate", "profile/" + profile,
            new JsonObject().put("changed", changed)).map(x -> changed))
        .onSuccess(changed -> {
          RuleSetDefinition now = ruleSets.current(profile).definition();
          Reply.noStore(ctx, 200, new JsonObject().put("profile", profile).put("origin", "shipped")
              .put("changed", changed).put("version", now.info().version()).put("hash", now.info().contentHash()));
        }).onFailure(ctx::fail);
  }

  /**
   * One change at a time on this node, so that the database and the scorers agree on the active version
   * (not the scorers' own lock: it is never held while waiting for the database).
   */
  private <T> Future<T> oneChangeAtATime(java.util.function.Supplier<Future<T>> change) {
    return vertx.sharedData().getLocalLock(CHANGES).compose(lock -> change.get().andThen(done -> lock.release()));
  }

  private static ApiException notFound(long id) {
    return ApiException.notFound("No hay conjunto de reglas guardado " + id + ".", "No stored rule set " + id + ".");
  }
}
