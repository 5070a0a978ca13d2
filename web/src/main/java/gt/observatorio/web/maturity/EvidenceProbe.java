package gt.observatorio.web.maturity;

import io.vertx.core.Future;

/** Probes an answer's evidence URL politely and safely, as every other URL the observatory checks. */
@FunctionalInterface
public interface EvidenceProbe {
  /** What probing saw. */
  record Seen(boolean reachable, String observed) {}

  Future<Seen> probe(String url);
}
