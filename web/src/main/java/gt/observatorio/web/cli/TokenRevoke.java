package gt.observatorio.web.cli;

import gt.observatorio.engine.store.Blocking;
import gt.observatorio.engine.store.TokenRepository;
import gt.observatorio.web.Settings;
import gt.observatorio.web.services.StoreAccess;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code token revoke ID}: the token is refused from its next request; the revocation is audited. */
@Command(name = "revoke", mixinStandardHelpOptions = true,
    description = {"Revoca un token al instante.", "Revokes a token at once."})
public final class TokenRevoke implements Callable<Integer> {
  @Mixin ConfigOption config;

  @Parameters(index = "0", paramLabel = "ID", description = "Id del token (token list) / Token id (token list)")
  long id;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Settings settings = Settings.load(config.file(), System.getenv());
    try (StoreAccess access = StoreAccess.open(settings.db())) {
      TokenRepository.Revocation r = Blocking.await(access.stores().tokens().revoke(id, null, false));
      switch (r) {
        case REVOKED -> spec.commandLine().getOut().println("token " + id + " revocado / revoked");
        case ALREADY_REVOKED -> spec.commandLine().getOut().println("token " + id + " ya revocado / already revoked");
        default -> {
          spec.commandLine().getErr().println("no hay token / no token " + id);
          return ExitCodes.FAILURE;
        }
      }
      spec.commandLine().getOut().flush();
      return ExitCodes.OK;
    }
  }
}
