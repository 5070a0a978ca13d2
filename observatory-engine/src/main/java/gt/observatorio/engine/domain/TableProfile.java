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
 */
public record TableProfile(String kind, long bytesRead, boolean complete, String encoding, String delimiter,
    int columns, int rows, List<TableIssue> issues, String unreadable) {

  public TableProfile {
    issues = issues == null ? List.of() : List.copyOf(issues);
  }

  /** The issues whose code starts with {@code prefix} ({@code encoding.}, {@code structure.}, {@code values.}). */
  public List<TableIssue> issues(String prefix) {
    return issues.stream().filter(i -> i.code().startsWith(prefix)).toList();
  }
}
