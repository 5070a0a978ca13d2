package gt.observatorio.rules.builtin.format;

import gt.observatorio.engine.domain.DatasetSnapshot;
import gt.observatorio.rules.api.Dimension;
import gt.observatorio.engine.domain.Distribution;
import gt.observatorio.engine.domain.Finding;
import gt.observatorio.engine.domain.ProbeResult;
import gt.observatorio.engine.domain.RuleOutcome;
import gt.observatorio.engine.domain.Severity;
import gt.observatorio.engine.domain.Text;
import gt.observatorio.rules.api.BaseRule;
import gt.observatorio.rules.api.RuleParams;
import gt.observatorio.rules.builtin.Facts;
import gt.observatorio.rules.builtin.Paths;
import gt.observatorio.rules.vocab.FormatInfo;
import gt.observatorio.rules.vocab.Formats;
import gt.observatorio.rules.vocab.Vocabularies;
import java.util.ArrayList;
import java.util.List;

/**
 * The declared format matches what the content really is (the probe's sniffed format). Counts
 * only distributions whose probe found a format; without any, not measured.
 */
public final class FormatMatchesContentRule extends BaseRule {
  private static final Text MISMATCH = Text.of("El formato declarado no coincide con el contenido descargado.",
      "The declared format does not match the downloaded content.");
  private static final Paths.Field FORMAT = Paths.vocabularyField("format");
  private final Finding noEvidence;

  public FormatMatchesContentRule() {
    super("format.matches-content", Dimension.FORMAT,
        Text.of("El formato declarado coincide con el contenido", "Declared format matches the content"),
        Text.of("Un archivo que dice ser CSV pero es una página HTML o un PDF engaña a quien lo usa.",
            "A file that claims to be CSV but is an HTML page or a PDF misleads its users."),
        Text.of("Corrija el formato declarado o publique el archivo en el formato que dice tener.",
            "Fix the declared format or publish the file in the format it claims."));
    noEvidence = finding(Severity.INFO, Text.of("No se midió: ninguna sonda identificó el contenido.",
        "Not measured: no probe identified the content."), "probes with format=0", "≥ 1", "probes");
  }

  @Override
  public RuleOutcome evaluate(DatasetSnapshot snapshot, RuleParams params) {
    Formats formats = Vocabularies.standard().formats();
    Facts facts = Facts.of(snapshot);
    List<Distribution> dists = snapshot.dataset().distributions();
    int checked = 0;
    int ok = 0;
    List<Finding> findings = null;
    for (int i = 0; i < dists.size(); i++) {
      Distribution d = dists.get(i);
      ProbeResult p = facts.probes[i];
      FormatInfo real = p == null || !p.outcome().reachable() ? null : formats.resolve(p.format());
      if (real == null) {
        continue;
      }
      checked++;
      FormatInfo declared = facts.declaredFormat(i);
      if (declared != null && declared.code().equals(real.code())) {
        ok++;
      } else {
        if (findings == null) {
          findings = new ArrayList<>();
        }
        findings.add(finding(Severity.WARNING, MISMATCH, FORMAT.observed(d.format()) + "; content=" + real.code(),
            "format=" + real.code(), FORMAT.dist(i) + " vs " + p.url()));
      }
    }
    if (checked == 0) {
      return notMeasuredFixed(params, noEvidence);
    }
    return ok == checked ? pass(params) : partial(params, ok, checked, findings);
  }
}
