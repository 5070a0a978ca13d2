package gt.observatorio.rules.builtin.format;

import gt.observatorio.engine.domain.TableIssue;
import gt.observatorio.engine.domain.Text;
import java.util.Map;

/** The table has one header row with unique names, the same number of columns in every row, no blank rows and closed quotes. */
public final class TableStructureRule extends TableContentRule {
  private static final Map<String, Text> MESSAGES = Map.of(
      "structure.no-header", Text.of("La primera fila parece datos, no un encabezado.", "The first row looks like data, not a header."),
      "structure.blank-header", Text.of("Hay columnas sin nombre en el encabezado.", "Some header columns have no name."),
      "structure.duplicate-header", Text.of("Hay nombres de columna repetidos.", "Some column names are repeated."),
      "structure.ragged-rows", Text.of("Hay filas con un número de columnas distinto al del encabezado.",
          "Some rows have a different number of columns than the header."),
      "structure.blank-rows", Text.of("Hay filas vacías dentro de la tabla.", "There are blank rows inside the table."),
      "structure.quoting", Text.of("Hay comillas sin cerrar: el archivo no se puede leer como CSV (RFC 4180).",
          "There are unclosed quotes: the file cannot be read as CSV (RFC 4180)."),
      "structure.malformed-json", Text.of("El JSON está mal formado.", "The JSON is malformed."));

  public TableStructureRule() {
    super("format.table-structure", "structure.",
        Text.of("La tabla tiene una estructura regular", "The table has a regular structure"),
        Text.of("Un encabezado claro y filas del mismo ancho permiten cargar los datos en cualquier herramienta sin arreglos a mano.",
            "A clear header and rows of equal width let any tool load the data without manual fixes."),
        Text.of("Deje una sola fila de encabezado con nombres únicos, quite filas vacías, títulos y notas, y entrecomille los campos que contienen el separador.",
            "Keep one header row with unique names, remove blank rows, titles and notes, and quote fields that contain the delimiter."),
        Map.of("structure.ragged-rows", Text.of(
            "Revise las filas indicadas: un separador dentro de un valor sin comillas o celdas combinadas cambian el número de columnas.",
            "Check the rows named: a delimiter inside an unquoted value or merged cells change the column count.")));
  }

  @Override
  protected boolean reportsTooLarge() {
    return true;
  }

  @Override
  protected Text message(TableIssue issue) {
    return MESSAGES.getOrDefault(issue.code(), Text.of("Problema de estructura: " + issue.code(), "Structure problem: " + issue.code()));
  }
}
