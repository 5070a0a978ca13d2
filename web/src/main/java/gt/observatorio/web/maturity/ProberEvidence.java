package gt.observatorio.web.maturity;

import gt.observatorio.engine.port.Prober;
import io.vertx.core.Vertx;
import java.util.Locale;

/** Answers' evidence URLs probed by the crawler's polite and safe prober, off the event loop. */
public final class ProberEvidence {
  private ProberEvidence() {}

  public static EvidenceProbe of(Vertx vertx, Prober prober) {
    return url -> vertx.executeBlocking(() -> {
      var r = prober.probe(url, null);
      return new EvidenceProbe.Seen(r.outcome().reachable(), r.outcome().name().toLowerCase(Locale.ROOT)
          + (r.httpStatus() == null ? "" : " " + r.httpStatus()));
    }, false);
  }
}
