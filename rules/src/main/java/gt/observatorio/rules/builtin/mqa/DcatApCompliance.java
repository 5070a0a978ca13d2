package gt.observatorio.rules.builtin.mqa;

import gt.observatorio.engine.domain.DatasetSnapshot;
import gt.observatorio.rules.api.Dimension;
import gt.observatorio.engine.domain.Finding;
import gt.observatorio.engine.domain.RuleOutcome;
import gt.observatorio.engine.domain.Severity;
import gt.observatorio.engine.domain.Text;
import gt.observatorio.rules.api.BaseRule;
import gt.observatorio.rules.api.ParamSpec;
import gt.observatorio.rules.api.RuleParams;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * MQA indicator {@code dcatApCompliance} (Interoperability, 30 points): the dataset, written as
 * DCAT-AP RDF, passes SHACL validation (RDF4J's engine) against the shapes named by the
 * {@code shapes} parameter: by default the observatory's own shapes written from DCAT-AP 3.0's
 * property tables; the official SEMIC shapes can be named instead. Every result names the property
 * and the focus node; missing recommended properties are reported without costing points.
 */
public final class DcatApCompliance extends BaseRule {
  /** The observatory's own shapes, on the class path. */
  public static final String DEFAULT_SHAPES = "shacl/observatorio-dcat-ap-3.0-shapes.ttl";
  /** MQA's points for the indicator. */
  static final long POINTS = 30;
  private static final int MAX_FINDINGS = 10;
  /** The default shapes' result for this thread's last snapshot: worked out once for the rule and the best distribution. */
  private static final gt.observatorio.rules.builtin.LastSnapshot<DcatApShacl.Result> DEFAULT_RESULT =
      new gt.observatorio.rules.builtin.LastSnapshot<>(s -> {
        DcatApShacl shacl = DcatApShacl.forResource(DEFAULT_SHAPES);
        return shacl == null ? null : shacl.validate(DcatApRdf.of(s.dataset()));
      });
  private final ConcurrentHashMap<String, Finding> missing = new ConcurrentHashMap<>();

  public DcatApCompliance() {
    super("mqa.dcatApCompliance", Dimension.METADATA,
        Text.of("Conforme a DCAT-AP", "DCAT-AP compliant"),
        Text.of("Metadatos conformes al perfil europeo DCAT-AP se pueden federar en data.europa.eu y otros portales.",
            "Metadata compliant with the European DCAT-AP profile can be federated into data.europa.eu and other portals."),
        Text.of("Complete las propiedades obligatorias de DCAT-AP y use URI de los vocabularios controlados (temas, licencias, formatos, periodicidad).",
            "Fill DCAT-AP's mandatory properties and use URIs from the controlled vocabularies (themes, licences, formats, frequency)."));
  }

  @Override
  public List<ParamSpec> parameters() {
    return List.of(ParamSpec.string("shapes", DEFAULT_SHAPES,
        Text.of("Formas SHACL de DCAT-AP: recurso del class path o ruta de archivo (p. ej. las oficiales de SEMIC)",
            "DCAT-AP SHACL shapes: class-path resource or file path (e.g. SEMIC's official ones)")));
  }

  /** The default shapes' result for a snapshot (remembered per thread), or null when they are missing. */
  static DcatApShacl.Result defaultResult(DatasetSnapshot s) {
    return DEFAULT_RESULT.of(s);
  }

  private Finding missingShapes(String resource) {
    return missing.computeIfAbsent(resource, r -> finding(Severity.INFO,
          Text.of("No se midió: no se encontraron las formas SHACL indicadas.",
              "Not measured: the SHACL shapes named were not found."),
          "shapes=" + r + " (no existe / missing)", "un archivo de formas SHACL / a SHACL shapes file", "shapes=" + r));
  }

  @Override
  public RuleOutcome evaluate(DatasetSnapshot snapshot, RuleParams params) {
    String resource = params.string("shapes");
    DcatApShacl shacl = DcatApShacl.forResource(resource);
    if (shacl == null) {
      return notMeasuredFixed(params, missingShapes(resource));
    }
    DcatApShacl.Result r = resource.equals(DEFAULT_SHAPES) ? DEFAULT_RESULT.of(snapshot)
        : shacl.validate(DcatApRdf.of(snapshot.dataset()));
    List<Finding> findings = new ArrayList<>();
    for (DcatApShacl.Violation v : r.violations()) {
      if (findings.size() < MAX_FINDINGS) {
        findings.add(finding(Severity.WARNING, ShaclTexts.message(v), ShaclTexts.observed(v),
            ShaclTexts.expected(v), ShaclTexts.evidence(v)));
      }
    }
    for (DcatApShacl.Violation v : r.warnings()) {
      if (findings.size() < MAX_FINDINGS) {
        findings.add(finding(Severity.INFO, ShaclTexts.message(v), ShaclTexts.observed(v),
            ShaclTexts.expected(v), ShaclTexts.evidence(v)));
      }
    }
    if (r.conforms()) {
      return findings.isEmpty() ? pass(params) : partial(params, 1, 1, findings);
    }
    return partial(params, 0, 1, findings);
  }
}
