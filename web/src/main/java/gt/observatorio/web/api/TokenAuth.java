package gt.observatorio.web.api;

import gt.observatorio.engine.store.ApiToken;
import gt.observatorio.engine.store.TokenRepository;
import io.vertx.ext.web.RoutingContext;
import java.util.regex.Pattern;

/**
 * Bearer-token authentication of the admin API and of the plan's editors: 401 without a valid token,
 * 403 when the token's role is not enough ({@code admin} may do everything an {@code editor} may).
 * Tokens are those of {@code observatory token create}, stored hashed.
 */
public final class TokenAuth {
  /** The context key under which {@link #authenticate} leaves the request's {@link ApiToken}. */
  public static final String TOKEN = "observatorio.token";
  private static final Pattern BEARER = Pattern.compile("Bearer ([A-Za-z0-9_-]{16,128})");
  private final TokenRepository tokens;

  public TokenAuth(TokenRepository tokens) {
    this.tokens = tokens;
  }

  /** Authenticates the request and stores the token in the context, then lets the route continue. */
  public void authenticate(RoutingContext ctx) {
    String header = ctx.request().getHeader("authorization");
    var m = header == null ? null : BEARER.matcher(header.strip());
    if (m == null || !m.matches()) {
      unauthorized(ctx);
      return;
    }
    tokens.find(m.group(1)).onSuccess(t -> {
      if (t.isEmpty()) {
        unauthorized(ctx);
      } else {
        ctx.put(TOKEN, t.get());
        ctx.next();
      }
    }).onFailure(ctx::fail);
  }

  /** A handler that lets only tokens of the role (or admin) through. */
  public static io.vertx.core.Handler<RoutingContext> require(String role) {
    return ctx -> {
      ApiToken t = ctx.get(TOKEN);
      if (t != null && (t.role().equals("admin") || t.role().equals(role))) {
        ctx.next();
      } else {
        ctx.fail(new ApiException(403, "Su token no tiene el rol " + role + ".", "Your token lacks the role " + role + "."));
      }
    };
  }

  private static void unauthorized(RoutingContext ctx) {
    ctx.response().putHeader("www-authenticate", "Bearer realm=\"observatorio-admin\"");
    ctx.fail(new ApiException(401, "Falta un token válido: Authorization: Bearer <token>.",
        "A valid token is required: Authorization: Bearer <token>."));
  }
}
