package gt.observatorio.engine.bench;

import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.Distribution;
import gt.observatorio.engine.domain.Finding;
import gt.observatorio.engine.domain.ProbeOutcome;
import gt.observatorio.engine.domain.ProbeResult;
import gt.observatorio.engine.domain.RuleOutcome;
import gt.observatorio.engine.domain.RuleSetInfo;
import gt.observatorio.engine.domain.ScoreCard;
import gt.observatorio.engine.domain.Severity;
import gt.observatorio.engine.domain.Text;
import gt.observatorio.engine.store.JsonCodec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Realistic JSON written by the engine's own codec, used as templates by the history generator: a
 * CKAN-sized dataset (2 distributions), its raw record, a score card of ~22 rules with 6 findings
 * (bilingual messages and advice, as the rule sets produce; {@code @OBS@} marks the observed value the
 * generator varies) and a probe result.
 */
final class HistoryTemplates {
  private HistoryTemplates() {}

  static Dataset dataset() {
    List<Distribution> ds = List.of(
        new Distribution("Datos 2024 (CSV)", "https://datos.example.gt/dataset/x/resource/1",
            "https://datos.example.gt/dataset/x/resource/1/download/datos-2024.csv", "CSV", "text/csv",
            184_233L, null, "2024-01-15T10:00:00", "2024-06-01T08:30:00", null),
        new Distribution("Diccionario de datos (PDF)", "https://datos.example.gt/dataset/x/resource/2",
            "https://datos.example.gt/dataset/x/resource/2/download/diccionario.pdf", "PDF",
            "application/pdf", 92_110L, null, "2024-01-15T10:00:00", "2024-01-15T10:00:00", null));
    return new Dataset("ds-template", "Estadísticas de empleo formal por departamento y sector económico",
        "Registro mensual de trabajadores afiliados por departamento, municipio y actividad económica. "
            + "Incluye totales por sexo y grupo de edad. Fuente: registros administrativos de la institución.",
        "Ministerio de Trabajo y Previsión Social", "datos@mintrab.gob.gt",
        List.of("empleo", "trabajo", "estadísticas", "departamentos", "afiliación"), List.of("economia"),
        "CC-BY-4.0", "2024-01-15T10:00:00", "2024-06-01T08:30:00", "monthly", "Guatemala", "2015/2024",
        "public", "https://datos.example.gt/dataset/estadisticas-empleo", ds, null);
  }

  static String metadata() {
    return JsonCodec.datasetMetadata(dataset());
  }

  /** A CKAN package_show record of the same dataset (the shape datos.gob.gt returns, ~1.5 KB). */
  static String raw() {
    return "{\"id\":\"@ID@\",\"name\":\"estadisticas-empleo-@ID@\",\"title\":\"Estadísticas de empleo formal por "
        + "departamento y sector económico\",\"notes\":\"Registro mensual de trabajadores afiliados por "
        + "departamento, municipio y actividad económica. Incluye totales por sexo y grupo de edad.\","
        + "\"license_id\":\"cc-by\",\"license_title\":\"Creative Commons Attribution\",\"metadata_created\":"
        + "\"2024-01-15T10:00:00.000000\",\"metadata_modified\":\"2024-06-01T08:30:00.000000\",\"state\":\"active\","
        + "\"organization\":{\"name\":\"mintrab\",\"title\":\"Ministerio de Trabajo y Previsión Social\"},"
        + "\"tags\":[{\"name\":\"empleo\"},{\"name\":\"trabajo\"},{\"name\":\"estadísticas\"}],\"resources\":["
        + "{\"id\":\"r1-@ID@\",\"name\":\"Datos 2024\",\"format\":\"CSV\",\"mimetype\":\"text/csv\",\"size\":184233,"
        + "\"url\":\"https://datos.example.gt/dataset/x/resource/1/download/datos-2024.csv\",\"created\":"
        + "\"2024-01-15T10:00:00\",\"last_modified\":\"2024-06-01T08:30:00\"},{\"id\":\"r2-@ID@\",\"name\":"
        + "\"Diccionario de datos\",\"format\":\"PDF\",\"mimetype\":\"application/pdf\",\"size\":92110,\"url\":"
        + "\"https://datos.example.gt/dataset/x/resource/2/download/diccionario.pdf\",\"created\":"
        + "\"2024-01-15T10:00:00\"}],\"extras\":[{\"key\":\"frecuencia\",\"value\":\"mensual\"}]}";
  }

  static String card(String profile) {
    String[] dims = {"format", "freshness", "licensing", "metadata", "accessibility"};
    List<RuleOutcome> rules = new ArrayList<>();
    for (int i = 0; i < 22; i++) {
      String dim = dims[i % dims.length];
      String id = dim + ".rule-" + i;
      List<Finding> findings = i % 4 == 0 ? List.of(new Finding(id, dim, Severity.values()[i % Severity.values().length],
          new Text("La distribución «Diccionario de datos» no está en un formato abierto y legible por máquina.",
              "The distribution \"Diccionario de datos\" is not in an open, machine-readable format."),
          i == 4 ? "@OBS@" : "format=PDF", "CSV, JSON, XML, GeoJSON, ODS",
          "https://datos.example.gt/dataset/x/resource/2/download/diccionario.pdf",
          new Text("Publique también el contenido en CSV o JSON.", "Also publish the content as CSV or JSON.")))
          : List.of();
      rules.add(new RuleOutcome(id, dim, findings.isEmpty() ? 3 : 1, 3, true, findings));
    }
    Map<String, Double> byDim = new java.util.HashMap<>();
    for (String d : dims) {
      byDim.put(d, 66.7);
    }
    return JsonCodec.scoreCard(new ScoreCard(new RuleSetInfo(profile, profile, "1.0.0",
        JsonCodec.sha256(profile)), 54, 66, byDim, rules, "bueno"));
  }

  static String probe() {
    String url = "https://datos.example.gt/dataset/x/resource/1/download/datos-2024.csv";
    return JsonCodec.probe(new ProbeResult(url, ProbeOutcome.REACHABLE, 200, url, List.of(), "text/csv",
        "text/csv", "CSV", 184_233L, "Sat, 01 Jun 2024 08:30:00 GMT", "\"5f2a-61b3\"", true, 240,
        Instant.parse("2024-06-03T09:00:00Z"), null));
  }
}
