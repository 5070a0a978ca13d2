package gt.observatorio.crawler.content;

import gt.observatorio.engine.domain.TableIssue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Watches a table row by row, in bounded memory (counters per column, the first example of each
 * problem): a header row, blank or duplicate header names, rows with another column count, blank rows,
 * and columns that mix decimal marks (1.234,56 and 1,234.56) or date orders (31/12/2024 and 12/31/2024).
 */
final class TableObserver {
  static final int MAX_COLUMNS = 1024;
  private List<String> header;
  private int rows;
  private int ragged;
  private String firstRagged;
  private int blank;
  private int firstBlank;
  private ColumnValues[] columns = new ColumnValues[0];
  private final List<TableIssue> issues = new ArrayList<>();

  void row(int line, List<String> cells) {
    row(line, cells, null);
  }

  /**
   * A spreadsheet row: {@code text} marks the cells typed as text (null for delimited text and JSON, where
   * every value is text and nothing is typed).
   */
  void row(int line, List<String> cells, java.util.BitSet text) {
    if (header == null) {
      header(line, cells);
      return;
    }
    rows++;
    if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
      if (blank++ == 0) {
        firstBlank = line;
      }
      return;
    }
    if (cells.size() != header.size()) {
      if (ragged++ == 0) {
        firstRagged = "fila/row " + line + ": " + cells.size();
      }
    }
    for (int c = 0; c < Math.min(cells.size(), columns.length); c++) {
      columns[c].add(cells.get(c), line);
      if (text != null && cells.get(c) != null && !cells.get(c).isBlank()) {
        if (text.get(c)) {
          columns[c].addText(cells.get(c), line);
        } else {
          columns[c].addTyped();
        }
      }
    }
  }

  private void header(int line, List<String> cells) {
    header = cells.size() > MAX_COLUMNS ? cells.subList(0, MAX_COLUMNS) : cells;
    columns = new ColumnValues[header.size()];
    int numeric = 0;
    Map<String, Integer> seen = new HashMap<>();
    List<String> blanks = new ArrayList<>();
    List<String> duplicates = new ArrayList<>();
    for (int c = 0; c < header.size(); c++) {
      String name = header.get(c) == null ? "" : header.get(c).strip();
      columns[c] = new ColumnValues(name.isEmpty() ? "#" + (c + 1) : name, c + 1);
      if (name.isEmpty()) {
        blanks.add(String.valueOf(c + 1));
        continue;
      }
      numeric += ColumnValues.looksLikeValue(name) ? 1 : 0;
      Integer before = seen.putIfAbsent(name.toLowerCase(Locale.ROOT), c + 1);
      if (before != null) {
        duplicates.add("'" + name + "' (" + before + ", " + (c + 1) + ")");
      }
    }
    if (!header.isEmpty() && numeric * 2 >= header.size()) {
      issues.add(new TableIssue("structure.no-header", "fila/row " + line + ": " + String.join(" | ", header.subList(0,
          Math.min(5, header.size()))), "una fila de encabezado con nombres de columna / a header row of column names",
          "fila/row " + line));
    }
    if (!blanks.isEmpty()) {
      issues.add(new TableIssue("structure.blank-header", "columnas/columns " + String.join(", ", blanks) + " sin nombre / unnamed",
          "cada columna con nombre / every column named", "fila/row " + line + ", columnas/columns " + String.join(", ", blanks)));
    }
    if (!duplicates.isEmpty()) {
      issues.add(new TableIssue("structure.duplicate-header", String.join("; ", duplicates),
          "nombres de columna únicos / unique column names", "fila/row " + line));
    }
  }

  /** The issues found; {@code header} is null when no row was seen. */
  List<TableIssue> finish() {
    List<TableIssue> out = new ArrayList<>(issues);
    if (ragged > 0) {
      out.add(new TableIssue("structure.ragged-rows", ragged + " filas con otro número de columnas / rows with another column count; "
          + "primera / first: " + firstRagged, header.size() + " columnas como el encabezado / columns like the header",
          firstRagged.substring(0, firstRagged.indexOf(':'))));
    }
    if (blank > 0) {
      out.add(new TableIssue("structure.blank-rows", blank + " filas vacías / blank rows", "ninguna fila vacía / no blank row",
          "fila/row " + firstBlank));
    }
    for (ColumnValues c : columns) {
      out.addAll(c.issues());
    }
    return out;
  }

  int columns() {
    return header == null ? 0 : header.size();
  }

  int rows() {
    return rows;
  }
}
