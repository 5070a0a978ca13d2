package gt.observatorio.web.cli;

import gt.observatorio.engine.store.Blocking;
import gt.observatorio.engine.store.TokenInfo;
import gt.observatorio.web.Settings;
import gt.observatorio.web.services.StoreAccess;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** {@code token list}: id, role, label, created, last used, revoked; never the secret or its hash. */
@Command(name = "list", mixinStandardHelpOptions = true,
    description = {"Lista los tokens (sin secreto ni hash).", "Lists the tokens (no secret, no hash)."})
public final class TokenList implements Callable<Integer> {
  @Mixin ConfigOption config;

  @Option(names = "--json", description = "JSON en vez de tabla / JSON instead of a table")
  boolean json;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Settings settings = Settings.load(config.file(), System.getenv());
    try (StoreAccess access = StoreAccess.open(settings.db())) {
      List<TokenInfo> tokens = Blocking.await(access.stores().tokens().list());
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        io.vertx.core.json.JsonArray a = new io.vertx.core.json.JsonArray();
        tokens.forEach(t -> a.add(new io.vertx.core.json.JsonObject().put("id", t.id()).put("role", t.role())
            .put("label", t.label()).put("createdAt", text(t.createdAt())).put("lastUsedAt", text(t.lastUsedAt()))
            .put("revokedAt", text(t.revokedAt()))));
        out.println(a.encodePrettily());
      } else {
        out.printf("%-6s %-7s %-24s %-20s %-20s %s%n", "id", "rol", "etiqueta / label", "creado / created",
            "último uso / last used", "revocado / revoked");
        for (TokenInfo t : tokens) {
          out.printf("%-6d %-7s %-24s %-20s %-20s %s%n", t.id(), t.role(), t.label() == null ? "-" : t.label(),
              minutes(t.createdAt()), minutes(t.lastUsedAt()), minutes(t.revokedAt()));
        }
      }
      out.flush();
      return ExitCodes.OK;
    }
  }

  private static String text(java.time.Instant t) {
    return t == null ? null : t.toString();
  }

  private static String minutes(java.time.Instant t) {
    return t == null ? "-" : t.truncatedTo(java.time.temporal.ChronoUnit.MINUTES).toString();
  }
}
