package gt.observatorio.crawler.content;

import gt.observatorio.engine.domain.TableIssue;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One column's value formats, counted: decimal comma vs decimal point, day-first vs month-first vs ISO dates,
 * and (in spreadsheets) numbers stored in cells typed as text.
 */
final class ColumnValues {
  private static final Pattern COMMA_DECIMAL = Pattern.compile("^-?(\\d{1,3}(\\.\\d{3})+,\\d+|\\d+,\\d+|\\d{1,3}(\\.\\d{3}){2,})$");
  private static final Pattern POINT_DECIMAL = Pattern.compile("^-?(\\d{1,3}(,\\d{3})+\\.\\d+|\\d+\\.\\d+|\\d{1,3}(,\\d{3}){2,})$");
  private static final Pattern SLASH_DATE = Pattern.compile("^(\\d{1,2})[/-](\\d{1,2})[/-](\\d{4})$");
  private static final Pattern ISO_DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}([T ].*)?$");
  private static final Pattern PLAIN_NUMBER = Pattern.compile("^-?\\d+$");
  private final String name;
  private final int index;
  private final String[] firstExample = new String[5];
  private final int[] firstRow = new int[5];
  private final int[] count = new int[5];
  private static final int COMMA = 0;
  private static final int POINT = 1;
  private static final int DAY_FIRST = 2;
  private static final int MONTH_FIRST = 3;
  private static final int ISO = 4;
  private int textNumbers;
  private int typedCells;
  private String firstTextNumber;
  private int firstTextNumberRow;

  ColumnValues(String name, int index) {
    this.name = name;
    this.index = index;
  }

  static boolean looksLikeValue(String s) {
    String t = s.strip();
    return PLAIN_NUMBER.matcher(t).matches() || COMMA_DECIMAL.matcher(t).matches()
        || POINT_DECIMAL.matcher(t).matches() || SLASH_DATE.matcher(t).matches() || ISO_DATE.matcher(t).matches();
  }

  void add(String value, int row) {
    if (value == null || value.isBlank() || value.length() > 40) {
      return;
    }
    String v = value.strip();
    if (COMMA_DECIMAL.matcher(v).matches()) {
      note(COMMA, v, row);
    } else if (POINT_DECIMAL.matcher(v).matches()) {
      note(POINT, v, row);
    } else if (ISO_DATE.matcher(v).matches()) {
      note(ISO, v, row);
    } else {
      var m = SLASH_DATE.matcher(v);
      if (m.matches()) {
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        if (a > 12 && b <= 12) {
          note(DAY_FIRST, v, row);
        } else if (b > 12 && a <= 12) {
          note(MONTH_FIRST, v, row);
        }
      }
    }
  }

  /**
   * A spreadsheet cell typed as text (XLSX shared or inline string, ODS {@code office:value-type="string"}):
   * counted when it holds a number. Codes kept as text on purpose are left out: digits with a leading zero
   * ({@code 01001}, a municipality code) and digit strings longer than 9 (CUI, NIT, account numbers).
   */
  void addText(String value, int row) {
    typedCells++;
    if (value == null || value.length() > 40) {
      return;
    }
    String v = value.strip();
    boolean digits = PLAIN_NUMBER.matcher(v).matches();
    String unsigned = v.startsWith("-") ? v.substring(1) : v;
    if (digits && (unsigned.length() > 9 || unsigned.length() > 1 && unsigned.charAt(0) == '0')) {
      return;
    }
    if ((digits || COMMA_DECIMAL.matcher(v).matches() || POINT_DECIMAL.matcher(v).matches()) && textNumbers++ == 0) {
      firstTextNumber = v;
      firstTextNumberRow = row;
    }
  }

  /** A spreadsheet cell typed as a number, date or boolean. */
  void addTyped() {
    typedCells++;
  }

  private void note(int kind, String v, int row) {
    if (count[kind]++ == 0) {
      firstExample[kind] = v;
      firstRow[kind] = row;
    }
  }

  List<TableIssue> issues() {
    List<TableIssue> out = new ArrayList<>();
    if (count[COMMA] > 0 && count[POINT] > 0) {
      out.add(mixed("values.mixed-decimal-marks", COMMA, POINT,
          "una sola forma de escribir decimales en la columna (en Guatemala, punto decimal: 1,234.56) / one decimal mark per column"));
    }
    if (count[DAY_FIRST] > 0 && count[MONTH_FIRST] > 0) {
      out.add(mixed("values.mixed-date-order", DAY_FIRST, MONTH_FIRST,
          "un solo orden de fecha en la columna, mejor ISO 8601 (2024-12-31) / one date order per column, ISO 8601 preferred"));
    }
    if (count[ISO] > 0 && count[DAY_FIRST] + count[MONTH_FIRST] > 0) {
      int other = count[DAY_FIRST] > 0 ? DAY_FIRST : MONTH_FIRST;
      out.add(mixed("values.mixed-date-formats", ISO, other,
          "un solo formato de fecha en la columna, mejor ISO 8601 (2024-12-31) / one date format per column, ISO 8601 preferred"));
    }
    if (textNumbers > 0) {
      String where = "columna/column '" + name + "' (" + index + ")";
      out.add(new TableIssue("values.number-as-text", where + ": '" + firstTextNumber + "' guardado como texto / stored as text"
          + " (fila/row " + firstTextNumberRow + "; " + textNumbers + " de/of " + typedCells + " celdas/cells)",
          "celdas de tipo número, sin separador de miles ni formato en el valor / cells of number type, no thousands "
          + "separator or formatting in the value", where + ", fila/row " + firstTextNumberRow));
    }
    return out;
  }

  private TableIssue mixed(String code, int a, int b, String expected) {
    String where = "columna/column '" + name + "' (" + index + ")";
    return new TableIssue(code, where + ": '" + firstExample[a] + "' (fila/row " + firstRow[a] + ", " + count[a] + "×) y/and '"
        + firstExample[b] + "' (fila/row " + firstRow[b] + ", " + count[b] + "×)", expected,
        where + ", filas/rows " + firstRow[a] + " y/and " + firstRow[b]);
  }
}
