package gt.observatorio.crawler.content;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams the first {@code table:table} of an ODS {@code content.xml} into a {@link TableObserver}
 * (OpenDocument 1.2 Part 1 §9.1: {@code table:table-row}, {@code table:table-cell},
 * {@code table:covered-table-cell}; §19.615 and §19.678 the repeat attributes; §19.385-§19.389 the
 * value types and values). Repeats are never expanded blindly: a run of empty cells or rows (LibreOffice
 * writes 16,384 columns and 1,048,576 rows of them) is a count, materialised only when a value follows,
 * and at most {@link TableObserver#MAX_COLUMNS} cells and {@link SpreadsheetTable#MAX_ROWS} rows are made.
 * Numbers, dates and booleans are read from their typed value ({@code office:value}, {@code office:date-value}),
 * as XLSX keeps them, not from their localised display text.
 */
final class OdsSheetReader {
  private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
  private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
  private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
  private static final int MAX_CELL_CHARS = 1000;
  private static final XMLInputFactory XML = factory();
  private final TableObserver rows;
  private int tableDepth;
  private long line;
  private int emitted;
  private long pendingRows;
  private long rowRepeat;
  private int width = -1;
  private List<String> cells;
  private BitSet text;
  private long pendingCells;
  private long cellRepeat;
  private String typedValue;
  private boolean textTyped;
  private StringBuilder cellText;
  private int paragraphs;
  private int annotationDepth;

  OdsSheetReader(TableObserver rows) {
    this.rows = rows;
  }

  private static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, false);
    return f;
  }

  /** Reads until the first table ends, the row limit is reached or the stream ends. */
  void read(InputStream content) throws XMLStreamException {
    XMLStreamReader x = XML.createXMLStreamReader(content);
    try {
      while (x.hasNext() && emitted < SpreadsheetTable.MAX_ROWS) {
        int ev = x.next();
        if (ev == XMLStreamConstants.START_ELEMENT) {
          if (start(x)) {
            return;
          }
        } else if (ev == XMLStreamConstants.END_ELEMENT) {
          if (end(x)) {
            return;
          }
        } else if ((ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) && collecting()) {
          append(x.getText());
        }
      }
    } finally {
      x.close();
    }
  }

  private boolean collecting() {
    return cellText != null && annotationDepth == 0;
  }

  /** True when reading should stop (a second table starts after the first ended: not reached). */
  private boolean start(XMLStreamReader x) {
    String ns = x.getNamespaceURI();
    String name = x.getLocalName();
    if (OFFICE.equals(ns) && name.equals("annotation")) {
      annotationDepth++;
    } else if (TABLE.equals(ns) && name.equals("table")) {
      tableDepth++;
    } else if (tableDepth == 1 && TABLE.equals(ns) && name.equals("table-row")) {
      rowRepeat = repeat(x, "number-rows-repeated");
      cells = new ArrayList<>();
      text = new BitSet();
      pendingCells = 0;
    } else if (tableDepth == 1 && cells != null && TABLE.equals(ns)
        && (name.equals("table-cell") || name.equals("covered-table-cell"))) {
      cellRepeat = repeat(x, "number-columns-repeated");
      String type = x.getAttributeValue(OFFICE, "value-type");
      textTyped = type == null || type.equals("string");
      typedValue = switch (type == null ? "" : type) {
        case "float", "percentage", "currency" -> x.getAttributeValue(OFFICE, "value");
        case "date" -> x.getAttributeValue(OFFICE, "date-value");
        case "time" -> x.getAttributeValue(OFFICE, "time-value");
        case "boolean" -> x.getAttributeValue(OFFICE, "boolean-value");
        default -> null;
      };
      cellText = new StringBuilder();
      paragraphs = 0;
    } else if (collecting() && TEXT.equals(ns)) {
      switch (name) {
        case "p", "h" -> append(paragraphs++ > 0 ? "\n" : "");
        case "s" -> append(" ".repeat((int) Math.min(repeatOf(x.getAttributeValue(TEXT, "c")), 40)));
        case "tab" -> append("\t");
        case "line-break" -> append("\n");
        default -> { }
      }
    }
    return false;
  }

  /** True when the first table has ended. */
  private boolean end(XMLStreamReader x) {
    String ns = x.getNamespaceURI();
    String name = x.getLocalName();
    if (OFFICE.equals(ns) && name.equals("annotation")) {
      annotationDepth--;
    } else if (TABLE.equals(ns) && name.equals("table")) {
      return --tableDepth == 0;
    } else if (tableDepth == 1 && cells != null && TABLE.equals(ns)
        && (name.equals("table-cell") || name.equals("covered-table-cell"))) {
      endCell();
    } else if (tableDepth == 1 && cells != null && TABLE.equals(ns) && name.equals("table-row")) {
      endRow();
    }
    return false;
  }

  private void endCell() {
    String value = typedValue != null ? typedValue : cellText.toString();
    cellText = null;
    if (value.isBlank()) {
      pendingCells = Math.min(pendingCells + cellRepeat, Integer.MAX_VALUE);
      return;
    }
    int room = TableObserver.MAX_COLUMNS - cells.size();
    for (long i = 0; i < Math.min(pendingCells, room); i++) {
      cells.add("");
    }
    pendingCells = 0;
    for (long i = 0; i < cellRepeat && cells.size() < TableObserver.MAX_COLUMNS; i++) {
      text.set(cells.size(), textTyped);
      cells.add(value);
    }
  }

  private void endRow() {
    List<String> row = cells;
    cells = null;
    if (row.isEmpty()) {
      pendingRows += rowRepeat;
      return;
    }
    if (width < 0) {
      width = row.size();
      line += pendingRows;
    } else {
      for (long i = 0; i < pendingRows && emitted < SpreadsheetTable.MAX_ROWS; i++, emitted++) {
        rows.row((int) Math.min(line + i + 1, Integer.MAX_VALUE), List.of(""));
      }
      line += pendingRows;
    }
    pendingRows = 0;
    while (row.size() < width) {
      row.add("");
    }
    for (long i = 0; i < rowRepeat && emitted < SpreadsheetTable.MAX_ROWS; i++, emitted++) {
      rows.row((int) Math.min(line + i + 1, Integer.MAX_VALUE), row, text);
    }
    line += rowRepeat;
  }

  private void append(String s) {
    if (cellText.length() < MAX_CELL_CHARS) {
      cellText.append(s, 0, Math.min(s.length(), MAX_CELL_CHARS - cellText.length()));
    }
  }

  private static long repeat(XMLStreamReader x, String attribute) {
    return repeatOf(x.getAttributeValue(TABLE, attribute));
  }

  /** A repeat count: at least 1, at most 2^31 (ODF caps sheets far below), 1 when unreadable. */
  private static long repeatOf(String v) {
    if (v == null) {
      return 1;
    }
    try {
      return Math.max(1, Math.min(Long.parseLong(v.strip()), Integer.MAX_VALUE));
    } catch (NumberFormatException e) {
      return 1;
    }
  }
}
