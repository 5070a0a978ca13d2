package gt.observatorio.web.api;

import gt.observatorio.engine.domain.InstitutionWeek;
import gt.observatorio.engine.domain.IsoWeek;
import gt.observatorio.engine.store.DatasetView;
import gt.observatorio.rules.ruleset.DimensionSpec;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.vocabulary.DCAT;
import org.eclipse.rdf4j.model.vocabulary.DCTERMS;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.RDFS;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;

/**
 * W3C Data Quality Vocabulary (DQV) measurements of a dataset or an institution: one
 * {@code dqv:QualityMeasurement} per metric (overall score 0-100 and each dimension of the profile's rule set, on
 * its scale), written by an
 * RDF library as JSON-LD or Turtle.
 */
final class Dqv {
  static final String NS = "http://www.w3.org/ns/dqv#";
  private static final ValueFactory VF = SimpleValueFactory.getInstance();
  private static final IRI MEASUREMENT = VF.createIRI(NS, "QualityMeasurement");
  private static final IRI METRIC = VF.createIRI(NS, "Metric");
  private static final IRI DIMENSION = VF.createIRI(NS, "Dimension");
  private static final IRI COMPUTED_ON = VF.createIRI(NS, "computedOn");
  private static final IRI IS_MEASUREMENT_OF = VF.createIRI(NS, "isMeasurementOf");
  private static final IRI IN_DIMENSION = VF.createIRI(NS, "inDimension");
  private static final IRI VALUE = VF.createIRI(NS, "value");
  private static final IRI HAS_QUALITY_MEASUREMENT = VF.createIRI(NS, "hasQualityMeasurement");

  private final String base;
  private final List<DimensionSpec> dims;
  private final Model model = new LinkedHashModel();

  Dqv(String base, List<DimensionSpec> dims) {
    this.base = base;
    this.dims = dims;
    model.setNamespace("dqv", NS);
    model.setNamespace("dcat", DCAT.NAMESPACE);
    model.setNamespace("dcterms", DCTERMS.NAMESPACE);
    model.setNamespace("obs", base + "/api/v1/methodology#");
  }

  Dqv dataset(DatasetView v, String profile) {
    IRI ds = VF.createIRI(base + "/api/v1/datasets/" + v.datasetId());
    model.add(ds, RDF.TYPE, DCAT.DATASET);
    if (v.dataset().title() != null) {
      model.add(ds, DCTERMS.TITLE, VF.createLiteral(v.dataset().title()));
    }
    model.add(ds, DCTERMS.IDENTIFIER, VF.createLiteral(v.dataset().identifier()));
    String key = "d" + v.datasetId();
    measure(ds, key, profile, "overall", v.score().percent(), null);
    dimensions(ds, key, profile, v.score().dimensions(), null);
    return this;
  }

  Dqv institution(String code, String name, Iterable<InstitutionWeek> points, String profile) {
    IRI inst = VF.createIRI(base + "/api/v1/institutions/" + code);
    model.add(inst, RDF.TYPE, DCAT.CATALOG);
    model.add(inst, DCTERMS.TITLE, VF.createLiteral(name));
    for (InstitutionWeek w : points) {
      String key = code + "-" + w.week();
      measure(inst, key, profile, "overall", w.overall(), w.week());
      dimensions(inst, key, profile, w.dimensions(), w.week());
    }
    return this;
  }

  private void dimensions(IRI subject, String key, String profile, Map<String, Double> values, IsoWeek week) {
    for (DimensionSpec d : dims) {
      Double v = values.get(d.id());
      if (v != null) {
        measure(subject, key, profile, d.id(), v, week);
      }
    }
  }

  /**
   * An institution's maturity levels (1-5) quarter by quarter: overall and per dimension, each measurement
   * naming the model version it was computed under.
   */
  Dqv maturity(String code, String modelId, List<gt.observatorio.engine.store.StoredMaturityResult> results) {
    IRI inst = VF.createIRI(base + "/api/v1/institutions/" + code);
    model.add(inst, RDF.TYPE, DCAT.CATALOG);
    for (var r : results) {
      String key = code + "-" + r.quarter();
      String profile = modelId + "-" + r.modelVersion();
      levelMeasure(inst, key, profile, "level", r.level(), r.quarter());
      io.vertx.core.json.JsonObject detail = new io.vertx.core.json.JsonObject(r.detailJson());
      detail.getJsonArray("dimensions").forEach(o -> {
        io.vertx.core.json.JsonObject d = (io.vertx.core.json.JsonObject) o;
        levelMeasure(inst, key, profile, d.getString("id"), d.getInteger("level"), r.quarter());
      });
    }
    return this;
  }

  private void levelMeasure(IRI subject, String key, String profile, String metric, int level, String quarter) {
    IRI metricIri = VF.createIRI(base + "/api/v1/maturity/model#" + profile + "." + metric);
    IRI m = measurement(subject, key, profile, metric, metricIri, VF.createLiteral(level));
    model.add(m, DCTERMS.TEMPORAL, VF.createLiteral(quarter));
    model.add(metricIri, RDFS.LABEL, VF.createLiteral(profile + " maturity " + metric + " (1-5)"));
  }

  /** A dqv:QualityMeasurement of {@code subject} under {@code metricIri}, typed as such with its metric. */
  private IRI measurement(IRI subject, String key, String profile, String metric, IRI metricIri,
      org.eclipse.rdf4j.model.Literal value) {
    IRI m = VF.createIRI(base + "/api/v1/dqv/" + profile + "/" + key + "/" + metric);
    model.add(subject, HAS_QUALITY_MEASUREMENT, m);
    model.add(m, RDF.TYPE, MEASUREMENT);
    model.add(m, COMPUTED_ON, subject);
    model.add(m, IS_MEASUREMENT_OF, metricIri);
    model.add(m, VALUE, value);
    model.add(metricIri, RDF.TYPE, METRIC);
    return m;
  }

  private void measure(IRI subject, String key, String profile, String metric, double value, IsoWeek week) {
    IRI metricIri = VF.createIRI(base + "/api/v1/methodology#" + profile + "." + metric);
    IRI m = measurement(subject, key, profile, metric, metricIri, VF.createLiteral(Math.round(value * 10.0) / 10.0));
    if (week != null) {
      model.add(m, DCTERMS.TEMPORAL, VF.createLiteral(week.toString()));
      model.add(m, DCTERMS.DATE, VF.createLiteral(week.monday().toString(),
          org.eclipse.rdf4j.model.vocabulary.XSD.DATE));
    }
    DimensionSpec spec = dims.stream().filter(d -> d.id().equals(metric)).findFirst().orElse(null);
    model.add(metricIri, RDFS.LABEL, VF.createLiteral(profile + " " + metric + " (0-"
        + (spec == null ? 100 : Math.round(spec.scale().max())) + ")"));
    if (spec != null) {
      IRI dim = VF.createIRI(base + "/api/v1/methodology#" + metric);
      model.add(metricIri, IN_DIMENSION, dim);
      model.add(dim, RDF.TYPE, DIMENSION);
      model.add(dim, RDFS.LABEL, VF.createLiteral(spec.label().es(), "es"));
      model.add(dim, RDFS.LABEL, VF.createLiteral(spec.label().en(), "en"));
    }
  }

  /**
   * When {@code simulated}, marks the graph so that an RDF consumer (JSON-LD or Turtle, no comment needed) sees it:
   * every measured dataset or catalogue and every measurement gets {@code obs:simulated true}, the property
   * {@code {base}/api/v1/methodology#simulated} described in the graph itself (labels and comments in Spanish and
   * English) and in openapi.yaml.
   */
  Dqv simulated(boolean simulated) {
    if (!simulated) {
      return this;
    }
    IRI p = VF.createIRI(base + "/api/v1/methodology#simulated");
    List<org.eclipse.rdf4j.model.Resource> marked = new java.util.ArrayList<>();
    for (IRI type : List.of(DCAT.DATASET, DCAT.CATALOG, MEASUREMENT)) {
      marked.addAll(model.filter(null, RDF.TYPE, type).subjects());
    }
    marked.forEach(s -> model.add(s, p, VF.createLiteral(true)));
    model.add(p, RDF.TYPE, RDF.PROPERTY);
    model.add(p, RDFS.LABEL, VF.createLiteral("simulado", "es"));
    model.add(p, RDFS.LABEL, VF.createLiteral("simulated", "en"));
    model.add(p, RDFS.COMMENT, VF.createLiteral("Verdadero: cifras simuladas (demo), no mediciones reales.", "es"));
    model.add(p, RDFS.COMMENT, VF.createLiteral("True: simulated figures (demo), not real measurements.", "en"));
    return this;
  }

  Body write(boolean turtle, String fileStem) {
    StringWriter out = new StringWriter();
    Rio.write(model, out, turtle ? RDFFormat.TURTLE : RDFFormat.JSONLD);
    return Body.text(turtle ? "text/turtle; charset=utf-8" : "application/ld+json; charset=utf-8", out.toString(),
        fileStem + (turtle ? ".ttl" : ".jsonld"));
  }
}
