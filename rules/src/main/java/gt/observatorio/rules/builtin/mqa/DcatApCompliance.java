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
import java.util.List;

/**
 * MQA indicator {@code dcatApCompliance} (Interoperability, 30 points): the dataset, written as
 * DCAT-AP RDF, passes SHACL validation (RDF4J's engine) against the DCAT-AP shapes named by the
 * {@code shapes} parameter. When the shapes are not installed the indicator is not measured.
 */
public final class DcatApCompliance extends BaseRule {
  /** Where the official DCAT-AP 2.1.1 shapes are expected on the class path. */
  public static final String DEFAULT_SHAPES = "shacl/dcat-ap_2.1.1_shacl_shapes.ttl";
  private final java.util.concurrent.ConcurrentHashMap<String, Finding> missing =
      new java.util.concurrent.ConcurrentHashMap<>();

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
        Text.of("Recurso del class path con las formas SHACL de DCAT-AP", "Class-path resource with the DCAT-AP SHACL shapes")));
  }

  /** The finding for shapes that are not installed, built once per resource. */
  private Finding missingShapes(String resource) {
    Finding known = missing.get(resource);
    return known != null ? known : missing.computeIfAbsent(resource, r -> finding(Severity.INFO,
          Text.of("No se midió: las formas SHACL de DCAT-AP no están instaladas.",
              "Not measured: the DCAT-AP SHACL shapes are not installed."),
          "shapes=" + r + " (missing)", "SEMICeu/DCAT-AP releases/2.1.1/dcat-ap_2.1.1_shacl_shapes.ttl",
          "classpath:" + r));
  }

  @Override
  public RuleOutcome evaluate(DatasetSnapshot snapshot, RuleParams params) {
    String resource = params.string("shapes");
    DcatApShacl shacl = DcatApShacl.forResource(resource);
    if (shacl == null) {
      return notMeasuredFixed(params, missingShapes(resource));
    }
    DcatApShacl.Result r = shacl.validate(DcatApRdf.of(snapshot.dataset()));
    if (r.conforms()) {
      return pass(params);
    }
    return fail(params, finding(Severity.WARNING,
        Text.of("Los metadatos no cumplen DCAT-AP (" + r.violations() + " infracciones).",
            "The metadata does not comply with DCAT-AP (" + r.violations() + " violations)."),
        String.join("; ", r.samples()), "SHACL: conforms", "DCAT-AP SHACL (" + resource + ")"));
  }
}
