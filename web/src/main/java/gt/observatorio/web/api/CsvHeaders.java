package gt.observatorio.web.api;

import java.util.Map;

/** The bilingual header (Spanish first) of each column id the CSV exports share. */
final class CsvHeaders {
  private static final Map<String, String> LABELS = Map.ofEntries(
      Map.entry("rank", "posición / rank"),
      Map.entry("code", "código / code"),
      Map.entry("name", "nombre / name"),
      Map.entry("type", "tipo / type"),
      Map.entry("sector", "sector / sector"),
      Map.entry("score", "puntaje / score"),
      Map.entry("rating", "calificación / rating"),
      Map.entry("week", "semana / week"),
      Map.entry("id", "id / id"),
      Map.entry("institution", "institución / institution"),
      Map.entry("identifier", "identificador / identifier"),
      Map.entry("title", "título / title"),
      Map.entry("modified", "modificado / modified"),
      Map.entry("formats", "formatos / formats"),
      Map.entry("datasets", "conjuntos de datos / datasets"),
      Map.entry("findings", "hallazgos / findings"),
      Map.entry("delta", "cambio semanal / weekly change"),
      Map.entry("dataset_id", "id del conjunto / dataset id"),
      Map.entry("dataset", "conjunto de datos / dataset"),
      Map.entry("rule", "regla / rule"),
      Map.entry("dimension", "dimensión / dimension"),
      Map.entry("severity", "gravedad / severity"),
      Map.entry("message_es", "mensaje (español) / message (Spanish)"),
      Map.entry("message_en", "mensaje (inglés) / message (English)"),
      Map.entry("observed", "observado / observed"),
      Map.entry("expected", "esperado / expected"),
      Map.entry("evidence", "evidencia / evidence"),
      Map.entry("advice_es", "consejo (español) / advice (Spanish)"),
      Map.entry("advice_en", "consejo (inglés) / advice (English)"));

  private CsvHeaders() {}

  /** The column's bilingual header; a header that is not a known id (already bilingual) as given. */
  static String label(String id) {
    return LABELS.getOrDefault(id, id);
  }
}
