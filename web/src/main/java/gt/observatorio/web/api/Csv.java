package gt.observatorio.web.api;

import java.util.List;

/**
 * CSV as Excel opens it cleanly: UTF-8 with a byte-order mark, comma-separated, every field quoted,
 * CRLF line ends (RFC 4180). Cells that a spreadsheet would read as a formula are prefixed with a quote.
 */
final class Csv {
  static final String MEDIA_TYPE = "text/csv; charset=utf-8";
  private final StringBuilder out = new StringBuilder("\uFEFF");

  /** A CSV whose first row names each column: a known column id becomes its bilingual header. */
  Csv(String... header) {
    row(java.util.Arrays.stream(header).map(CsvHeaders::label).toList());
  }

  Csv row(List<?> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(quote(cells.get(i)));
    }
    out.append("\r\n");
    return this;
  }

  Csv row(Object... cells) {
    return row(java.util.Arrays.asList(cells));
  }

  Body body(String fileName) {
    return Body.text(MEDIA_TYPE, out.toString(), fileName);
  }

  private static String quote(Object cell) {
    if (cell == null) {
      return "";
    }
    if (cell instanceof Number) {
      return cell.toString();
    }
    String s = cell.toString();
    if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
      s = "'" + s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}
