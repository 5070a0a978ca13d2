package gt.observatorio.rules.builtin.stars;

import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.DatasetSnapshot;
import gt.observatorio.rules.api.Dimension;
import gt.observatorio.engine.domain.Finding;
import gt.observatorio.engine.domain.ProbeResult;
import gt.observatorio.engine.domain.RuleOutcome;
import gt.observatorio.engine.domain.Severity;
import gt.observatorio.engine.domain.Text;
import gt.observatorio.rules.api.BaseRule;
import gt.observatorio.rules.api.RuleParams;
import gt.observatorio.rules.builtin.Facts;
import gt.observatorio.rules.builtin.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * Berners-Lee's 5-star open data: stars per distribution in CKAN QA's order of evidence; the
 * dataset gets its best distribution's stars (out of 5). Each distribution below 5 stars gets a
 * finding saying what decided its stars.
 */
public final class FiveStarsRule extends BaseRule {
  private static final String[] NEXT = {
      "★ en la web con licencia abierta / on the web under an open licence",
      "★★ datos estructurados (p. ej. XLS) / structured data (e.g. XLS)",
      "★★★ formato no propietario (CSV, JSON, XML) / non-proprietary format (CSV, JSON, XML)",
      "★★★★ URI para identificar cosas (RDF) / URIs to denote things (RDF)",
      "★★★★★ enlazado a otros datos (RDF enlazado) / linked to other data (linked RDF)"};

  public FiveStarsRule() {
    super("stars.openness", Dimension.FORMAT,
        Text.of("Estrellas de datos abiertos (Berners-Lee)", "Open data stars (Berners-Lee)"),
        Text.of("Las cinco estrellas miden cuán reutilizable es un archivo: en la web con licencia abierta, estructurado, en formato no propietario, con URI y enlazado.",
            "The five stars measure how re-usable a file is: on the web under an open licence, structured, non-proprietary, with URIs and linked."),
        Text.of("Publique bajo licencia abierta, en CSV o JSON en lugar de PDF o Excel, y si puede en RDF con URI enlazadas.",
            "Publish under an open licence, as CSV or JSON rather than PDF or Excel, and if you can as RDF with linked URIs."));
  }

  @Override
  public RuleOutcome evaluate(DatasetSnapshot snapshot, RuleParams params) {
    Dataset d = snapshot.dataset();
    if (d.distributions().isEmpty()) {
      return fail(params, finding(Severity.ERROR, Text.of("El conjunto no tiene distribuciones: 0 estrellas.",
          "The dataset has no distributions: 0 stars."), "distributions=0", "≥ 1", "dataset.distributions"));
    }
    Facts facts = Facts.of(snapshot);
    int best = 0;
    List<Finding> findings = null;
    for (int i = 0; i < d.distributions().size(); i++) {
      ProbeResult p = facts.probes[i];
      StarEvidence e = StarEvidence.of(d.distributions().get(i), p, d);
      best = Math.max(best, e.stars());
      if (e.stars() < 5) {
        if (findings == null) {
          findings = new ArrayList<>(2);
        }
        findings.add(finding(e.stars() == 0 ? Severity.WARNING : Severity.INFO,
            Text.of(e.stars() + " estrellas (" + basis(e.basis()).es() + ").",
                e.stars() + " stars (" + basis(e.basis()).en() + ")."),
            "stars=" + e.stars() + "; " + e.basis() + "=" + e.value() + (p == null ? "; link not checked" : ""),
            NEXT[e.stars()], Paths.dist(i, e.basis().equals("licence-not-open") ? "license" : "format")));
      }
    }
    return best == 5 ? pass(params) : partial(params, best, 5, findings);
  }

  /** What decided the stars, in words (the label catalog's {@code starBasis} names the same codes). */
  private static Text basis(String basis) {
    return switch (basis) {
      case "broken-link" -> Text.of("enlace roto", "broken link");
      case "sniffed" -> Text.of("según el contenido descargado", "from the downloaded content");
      case "extension" -> Text.of("según la extensión de la URL", "from the URL's extension");
      case "declared" -> Text.of("según el formato declarado", "from the declared format");
      case "licence-not-open" -> Text.of("licencia no abierta", "licence not open");
      default -> Text.of("formato desconocido", "unknown format");
    };
  }
}
