package gt.observatorio.rules.builtin.mqa;

import gt.observatorio.engine.domain.DatasetSnapshot;
import gt.observatorio.engine.domain.ProbeResult;

/** Describes a URL's probe result for a finding. */
final class Probes {
  private Probes() {}

  static String describe(DatasetSnapshot s, String url) {
    if (url == null || url.isBlank()) {
      return "url=(vacío/empty)";
    }
    ProbeResult p = s.probes().get(url);
    if (p == null) {
      return url + " (no probe)";
    }
    return url + " → " + p.outcome().id() + (p.httpStatus() == null ? "" : " HTTP " + p.httpStatus());
  }
}
