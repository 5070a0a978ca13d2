package gt.observatorio.web.demo;

import gt.observatorio.engine.maturity.Quarter;
import gt.observatorio.engine.store.ApiToken;
import gt.observatorio.engine.store.MaturityRepository;
import gt.observatorio.engine.store.TokenRepository;
import gt.observatorio.engine.store.Blocking;
import gt.observatorio.web.Observatory;
import io.vertx.core.Future;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The demo's maturity: simulated answers in every review state (accepted, pending, rejected with a reason) by
 * demo tokens, their evidence (the institutions' simulated portals) probed, then the previous and the current
 * quarter computed, so the national table shows levels and their change.
 */
final class MaturityDemo {
  /** One simulated answer: who, which criterion, and the review it gets (null: left pending). */
  private record Script(String institution, String criterion, Boolean accept, String reason) {}

  private static final String NOT_SIGNED = "El documento enlazado no está firmado ni fechado (simulado)";
  private static final List<Script> ANSWERS = List.of(
      new Script("MINTRAB", "politica.responsable", true, null),
      new Script("MINTRAB", "politica.estrategia", true, null),
      new Script("MINTRAB", "uso.canal-usuarios", true, null),
      new Script("MINTRAB", "uso.casos-reutilizacion", null, null),
      new Script("SESAN", "politica.responsable", true, null),
      new Script("SESAN", "uso.canal-usuarios", true, null),
      new Script("SESAN", "politica.estrategia", false, NOT_SIGNED),
      new Script("SENACYT", "politica.responsable", true, null),
      new Script("SENACYT", "politica.estrategia", true, null),
      new Script("SENACYT", "uso.canal-usuarios", true, null),
      new Script("MINEDUC", "politica.responsable", null, null),
      new Script("CONAMIGUA", "uso.canal-usuarios", true, null),
      new Script("MSPAS", "politica.responsable", false, "El enlace lleva a la página de inicio, no al nombramiento"
          + " (simulado)"),
      new Script("INTECAP", "politica.responsable", true, null));

  private MaturityDemo() {}

  /** Seeds the answers (evidence on the given simulated portals) and computes two quarters. Blocking. */
  static void run(Observatory obs, Map<String, String> portals, Clock clock) {
    TokenRepository tokens = obs.stores().tokens();
    MaturityRepository repo = obs.stores().maturity();
    ApiToken editor = token(tokens, "editor", "demo: editor de madurez (simulado)");
    ApiToken admin = token(tokens, "admin", "demo: revisor de madurez (simulado)");
    for (Script s : ANSWERS) {
      String url = portals.get(s.institution());
      if (url == null) {
        continue;
      }
      var a = Blocking.await(repo.submit(s.institution(), s.criterion(), url, "Respuesta simulada / simulated answer",
          clock.instant(), editor));
      var seen = Blocking.await(obs.evidenceProbe().probe(url));
      Blocking.await(repo.probed(a.id(), seen.reachable(), seen.observed(), clock.instant()));
      if (s.accept() != null) {
        Blocking.await(repo.review(a.id(), s.accept(), s.reason(), clock.instant(), admin));
      }
    }
    Quarter now = Quarter.of(clock.instant());
    Blocking.await(obs.maturity().compute(obs.maturity().current(), now.previous()));
    Blocking.await(obs.maturity().computeNow());
  }

  private static ApiToken token(TokenRepository tokens, String role, String label) {
    Future<ApiToken> t = tokens.create(role, label).compose(tokens::find).map(o -> o.orElseThrow());
    return Blocking.await(t);
  }
}
