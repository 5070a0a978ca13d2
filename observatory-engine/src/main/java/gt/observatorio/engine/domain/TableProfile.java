package gt.observatorio.engine.domain;

import java.util.List;

/**
 * What reading the first bytes of a tabular file (CSV, TSV, XLSX, ODS, a JSON array) showed.
 *
 * @param kind {@code csv}, {@code tsv}, {@code xlsx}, {@code ods} or {@code json}
 * @param bytesRead how many bytes were read (at most the configured budget)
 * @param complete whether the whole file was read; when false, the last partial row is not judged
 * @param encoding the text encoding found ({@code UTF-8}, {@code windows-1252}, ...), null for spreadsheets
 * @param delimiter the field delimiter of delimited text, null otherwise
 * @param columns the header's column count
 * @param rows the data rows read
 * @param issues the problems found, each with its evidence
 * @param unreadable why the content could not be read as a table, or null
 * @param oversize set when the file was not checked because it is larger than the byte budget, else null
 */
public record TableProfile(String kind, long bytesRead, boolean complete, String encoding, String delimiter,
    int columns, int rows, List<TableIssue> issues, String unreadable, Oversize oversize) {

  /**
   * A file not checked because reading it needs more bytes than the budget (a workbook's zip directory
   * is at its end).
   *
   * @param size the whole file's size in bytes when the server said it, else -1
   * @param budget the byte budget that applied
   */
  public record Oversize(long size, long budget) {}

  public TableProfile {
    issues = issues == null ? List.of() : List.copyOf(issues);
  }

  /** A profile of a file that was read (or could not be parsed), not one refused for its size. */
  public TableProfile(String kind, long bytesRead, boolean complete, String encoding, String delimiter,
      int columns, int rows, List<TableIssue> issues, String unreadable) {
    this(kind, bytesRead, complete, encoding, delimiter, columns, rows, issues, unreadable, null);
  }

  /** A spreadsheet not checked because it is larger than the budget. */
  public static TableProfile tooLarge(String kind, long bytesRead, long size, long budget) {
    return new TableProfile(kind, bytesRead, false, null, null, 0, 0, List.of(),
        "mayor que el presupuesto de " + budget + " bytes / larger than the byte budget of " + budget + " bytes",
        new Oversize(size, budget));
  }

  /** The issues whose code starts with {@code prefix} ({@code encoding.}, {@code structure.}, {@code values.}). */
  public List<TableIssue> issues(String prefix) {
    return issues.stream().filter(i -> i.code().startsWith(prefix)).toList();
  }
}
