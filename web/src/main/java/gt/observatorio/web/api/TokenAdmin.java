package gt.observatorio.web.api;

import gt.observatorio.engine.store.ApiToken;
import gt.observatorio.engine.store.TokenInfo;
import gt.observatorio.engine.store.TokenRepository;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;

/**
 * Tokens through the admin API (admin only): list them (never a secret or hash) and revoke one; a
 * revoked token is refused from its next request. The last live admin token cannot be revoked here.
 */
final class TokenAdmin implements RouteModule {
  private final TokenRepository tokens;

  TokenAdmin(TokenRepository tokens) {
    this.tokens = tokens;
  }

  @Override
  public List<ApiRoute> routes() {
    return List.of(
        ApiRoute.get(AdminApi.BASE + "/tokens", "adminListTokens", TokenAuth.require("admin"), this::list),
        ApiRoute.delete(AdminApi.BASE + "/tokens/{id}", "adminRevokeToken", TokenAuth.require("admin"), this::revoke));
  }

  /** A token as shown to people and scripts. */
  static JsonObject view(TokenInfo t) {
    return new JsonObject().put("id", t.id()).put("role", t.role()).put("label", t.label())
        .put("createdAt", String.valueOf(t.createdAt()))
        .put("lastUsedAt", t.lastUsedAt() == null ? null : t.lastUsedAt().toString())
        .put("revokedAt", t.revokedAt() == null ? null : t.revokedAt().toString())
        .put("revoked", t.revokedAt() != null);
  }

  /** The numeric {@code id} path parameter (the contract has checked it already). */
  static long pathId(RoutingContext ctx) {
    try {
      long id = Long.parseLong(ctx.pathParam("id"));
      if (id >= 1) {
        return id;
      }
    } catch (NumberFormatException e) {
      // below
    }
    throw ApiException.badRequest("El id debe ser un entero positivo.", "The id must be a positive integer.");
  }

  private void list(RoutingContext ctx) {
    tokens.list().onSuccess(list -> {
      JsonArray out = new JsonArray();
      list.forEach(t -> out.add(view(t)));
      Reply.noStore(ctx, 200, new JsonObject().put("tokens", out));
    }).onFailure(ctx::fail);
  }

  private void revoke(RoutingContext ctx) {
    long id = pathId(ctx);
    ApiToken by = ctx.get(TokenAuth.TOKEN);
    tokens.revoke(id, by, true).compose(r -> switch (r) {
      case REVOKED -> Future.succeededFuture(r);
      case NOT_FOUND -> Future.failedFuture(ApiException.notFound("No hay token " + id + ".", "No token " + id + "."));
      case ALREADY_REVOKED -> Future.failedFuture(new ApiException(409, "El token " + id + " ya estaba revocado.",
          "Token " + id + " was already revoked."));
      case LAST_ADMIN -> Future.failedFuture(new ApiException(409,
          "Es el último token de administración activo: cree otro antes de revocarlo.",
          "It is the last live admin token: create another before revoking it.",
          new JsonObject().put("reason", "last-admin-token")));
    }).onSuccess(r -> Reply.noStore(ctx, 200, new JsonObject().put("id", id).put("revoked", true)))
        .onFailure(ctx::fail);
  }
}
