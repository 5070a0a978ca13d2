package gt.observatorio.web.cli;

import gt.observatorio.engine.store.Blocking;
import gt.observatorio.engine.store.TokenRepository;
import gt.observatorio.web.Settings;
import gt.observatorio.web.services.StoreAccess;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * Admin-API tokens: {@code observatory token create --role admin} (printed once; only its hash is
 * kept), {@code token list} (never a secret or hash), {@code token revoke ID}.
 */
@Command(name = "token", mixinStandardHelpOptions = true,
    description = {"Tokens de la API de administración.", "Admin API tokens."},
    subcommands = {TokenCommand.Create.class, TokenList.class, TokenRevoke.class})
public final class TokenCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }

  /** Creates a token for a role and prints it. */
  @Command(name = "create", mixinStandardHelpOptions = true,
      description = {"Crea un token y lo muestra una sola vez.", "Creates a token and shows it once."})
  public static final class Create implements Callable<Integer> {
    @Mixin ConfigOption config;

    @Option(names = "--role", required = true, description = "admin | editor")
    String role;

    @Option(names = "--label", description = "Para quién es / Who it is for")
    String label;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      if (!TokenRepository.ROLES.contains(role)) {
        spec.commandLine().getErr().println("--role: admin | editor");
        return ExitCodes.USAGE;
      }
      Settings settings = Settings.load(config.file(), System.getenv());
      try (StoreAccess access = StoreAccess.open(settings.db())) {
        String token = Blocking.await(access.stores().tokens().create(role, label));
        PrintWriter out = spec.commandLine().getOut();
        out.println(token);
        out.flush();
        spec.commandLine().getErr().println("Guárdelo: no se vuelve a mostrar. / Keep it: it is not shown again. (role "
            + role + ")");
        return ExitCodes.OK;
      }
    }
  }
}
