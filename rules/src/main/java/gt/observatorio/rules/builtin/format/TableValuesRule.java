package gt.observatorio.rules.builtin.format;

import gt.observatorio.engine.domain.TableIssue;
import gt.observatorio.engine.domain.Text;
import java.util.Map;

/**
 * Each column writes numbers with one decimal mark and dates in one order and format, and a spreadsheet
 * keeps its numbers in number cells, not text cells.
 */
public final class TableValuesRule extends TableContentRule {
  public TableValuesRule() {
    super("format.table-values", "values.",
        Text.of("Números y fechas escritos de una sola forma", "Numbers and dates written one way"),
        Text.of("Una columna que mezcla 1.234,56 con 1,234.56, o 31/12/2024 con 12/31/2024, se lee mal sin que nadie lo note.",
            "A column mixing 1.234,56 with 1,234.56, or 31/12/2024 with 12/31/2024, is misread without anyone noticing."),
        Text.of("Use un solo separador decimal por columna (en Guatemala, el punto) y fechas ISO 8601 (2024-12-31).",
            "Use one decimal mark per column (in Guatemala, the point) and ISO 8601 dates (2024-12-31)."),
        Map.of("values.number-as-text", Text.of(
            "Convierta la columna a número (en LibreOffice: Datos > Texto a columnas; en Excel: Datos > Texto en columnas, o "
            + "'Convertir en número'), sin separador de miles escrito en el valor.",
            "Convert the column to numbers (LibreOffice: Data > Text to Columns; Excel: Data > Text to Columns, or "
            + "'Convert to Number'), with no thousands separator typed into the value.")));
  }

  @Override
  protected Text message(TableIssue issue) {
    return switch (issue.code()) {
      case "values.mixed-decimal-marks" -> Text.of("Una columna mezcla coma y punto decimal.", "A column mixes decimal comma and decimal point.");
      case "values.number-as-text" -> Text.of("Una columna guarda números como texto.", "A column stores numbers as text.");
      case "values.mixed-date-order" -> Text.of("Una columna mezcla fechas día/mes y mes/día.", "A column mixes day/month and month/day dates.");
      default -> Text.of("Una columna mezcla formatos de fecha.", "A column mixes date formats.");
    };
  }
}
