package gt.observatorio.crawler.content;

import gt.observatorio.engine.domain.TableIssue;
import gt.observatorio.engine.domain.TableProfile;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the first bytes of a tabular file and says whether its table holds up. Pure: bytes in, a
 * profile out; memory is bounded by the byte budget (the caller's ranged GET) and per-column counters.
 */
public final class TableInspector {
  /** The formats (as the prober names them) whose content is checked. */
  public static final Set<String> TABULAR = Set.of("CSV", "TSV", "JSON", "XLSX", "ODS");
  /** The formats read as zip packages, which may get a larger byte budget. */
  public static final Set<String> SPREADSHEETS = Set.of("XLSX", "ODS");

  private TableInspector() {}

  public static boolean tabular(String format) {
    return format != null && TABULAR.contains(format.toUpperCase(Locale.ROOT));
  }

  /** Whether the format is a spreadsheet package (XLSX, ODS). */
  public static boolean spreadsheet(String format) {
    return format != null && SPREADSHEETS.contains(format.toUpperCase(Locale.ROOT));
  }

  /**
   * @param format the prober's format name (CSV, TSV, JSON, XLSX, ODS)
   * @param complete whether {@code body} is the whole file
   */
  public static TableProfile inspect(String format, byte[] body, boolean complete) {
    return inspect(format, body, complete, -1);
  }

  /**
   * @param size the whole file's size when the server said it, else -1 (reported for a workbook too large
   *     to read)
   */
  public static TableProfile inspect(String format, byte[] body, boolean complete, long size) {
    String f = format.toUpperCase(Locale.ROOT);
    return switch (f) {
      case "JSON" -> JsonTable.inspect(body, complete);
      case "XLSX" -> SpreadsheetTable.xlsx(body, complete, size);
      case "ODS" -> OdsTable.inspect(body, complete, size);
      default -> delimited(f.toLowerCase(Locale.ROOT), body, complete);
    };
  }

  static TableProfile delimited(String kind, byte[] body, boolean complete) {
    TextDecoding.Decoded text = TextDecoding.decode(body, complete);
    String t = text.text();
    if (!complete) {
      int cut = t.lastIndexOf('\n');
      t = cut < 0 ? "" : t.substring(0, cut + 1);
    }
    char delimiter = Delimiters.detect(t);
    List<TableIssue> issues = new ArrayList<>(text.issues());
    TableObserver rows = new TableObserver();
    CSVFormat csv = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
    long line = 1;
    try (CSVParser parser = CSVParser.parse(new StringReader(t), csv)) {
      for (CSVRecord r : parser) {
        rows.row((int) line, r.toList());
        line = parser.getCurrentLineNumber() + 1;
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      issues.add(new TableIssue("structure.quoting", "comillas sin cerrar desde la fila / unclosed quotes from row " + line,
          "cada campo entre comillas las cierra (RFC 4180) / every quoted field is closed (RFC 4180)", "fila/row " + line));
    }
    issues.addAll(rows.finish());
    return new TableProfile(kind, body.length, complete, text.encoding(), Delimiters.name(delimiter), rows.columns(),
        rows.rows(), issues, rows.columns() == 0 ? "sin filas / no rows" : null);
  }
}
