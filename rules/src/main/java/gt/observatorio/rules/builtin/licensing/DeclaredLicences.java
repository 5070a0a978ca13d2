package gt.observatorio.rules.builtin.licensing;

import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.Distribution;
import gt.observatorio.rules.builtin.Paths;
import gt.observatorio.rules.vocab.LicenceInfo;
import gt.observatorio.rules.vocab.Licences;

/** Walks the licence values a dataset declares: the dataset's, then each distribution's. */
final class DeclaredLicences {
  /** Receives one declared licence value. */
  interface Visitor {
    void visit(String value, LicenceInfo resolved, String path);
  }

  private DeclaredLicences() {}

  /** Visits every non-blank licence value that does not say "not specified"; returns how many. */
  static int forEach(Dataset d, Licences licences, Visitor v) {
    int n = visit(d.license(), licences, "dataset.license", v);
    for (int i = 0; i < d.distributions().size(); i++) {
      Distribution dist = d.distributions().get(i);
      if (declares(dist.license(), licences)) {
        n += visit(dist.license(), licences, Paths.dist(i, "license"), v);
      }
    }
    return n;
  }

  /** Whether a value declares a licence (non-blank and not "not specified"). */
  static boolean declares(String value, Licences licences) {
    if (value == null || value.isBlank()) {
      return false;
    }
    LicenceInfo l = licences.resolve(value);
    return l == null || l.declared();
  }

  private static int visit(String value, Licences licences, String path, Visitor v) {
    if (!declares(value, licences)) {
      return 0;
    }
    v.visit(value, licences.resolve(value), path);
    return 1;
  }
}
