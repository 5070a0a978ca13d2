package gt.observatorio.crawler.content;

import gt.observatorio.engine.domain.TableProfile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The first sheet of an XLSX workbook read with fastexcel-reader (streaming rows), up to the row limit.
 * A workbook is a zip whose directory is at its end, and its shared strings come after the sheets, so only
 * a whole file (within the spreadsheet byte budget) can be read; a larger one is reported as not checked,
 * with its size and the budget ({@link TableProfile.Oversize}).
 */
final class SpreadsheetTable {
  static final int MAX_ROWS = 20_000;

  private SpreadsheetTable() {}

  /**
   * @param size the whole file's size when known (Content-Range total, Content-Length), else -1; used to
   *     report a workbook larger than the budget, which is not read
   */
  static TableProfile xlsx(byte[] body, boolean complete, long size) {
    if (!complete) {
      return TableProfile.tooLarge("xlsx", body.length, size, body.length);
    }
    TableObserver rows = new TableObserver();
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(body))) {
      Optional<Sheet> first = wb.getSheets().findFirst();
      if (first.isEmpty()) {
        return new TableProfile("xlsx", body.length, true, null, null, 0, 0, List.of(), "sin hojas / no sheets");
      }
      int expected = 0;
      int width = -1;
      try (Stream<Row> stream = first.get().openStream()) {
        for (Row r : (Iterable<Row>) stream.limit(MAX_ROWS)::iterator) {
          int n = r.getRowNum();
          while (expected > 0 && ++expected < n) {
            rows.row(expected, List.of(""));
            // a row the sheet leaves out is blank
          }
          expected = n;
          List<String> cells = new ArrayList<>();
          BitSet text = new BitSet();
          for (int c = 0; c < r.getCellCount(); c++) {
            Cell cell = r.getCell(c);
            cells.add(cell == null ? "" : cell.getText());
            text.set(c, cell != null && cell.getType() == CellType.STRING);
          }
          while (!cells.isEmpty() && cells.get(cells.size() - 1).isBlank()) {
            cells.remove(cells.size() - 1);
          }
          if (width < 0) {
            width = cells.size();
          }
          while (cells.size() < width) {
            cells.add("");
          }
          rows.row(n, cells, text);
        }
      }
    } catch (IOException | RuntimeException e) {
      return new TableProfile("xlsx", body.length, true, null, null, 0, 0, List.of(),
          "no se pudo leer el libro / cannot read the workbook: " + e.getClass().getSimpleName());
    }
    return new TableProfile("xlsx", body.length, true, null, null, rows.columns(), rows.rows(), rows.finish(),
        rows.columns() == 0 ? "sin filas / no rows" : null);
  }
}
