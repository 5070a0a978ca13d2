package gt.observatorio.rules.vocab;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small RFC 4180 reader for the vocabulary files: header row, quoted fields, {@code #} comments. */
final class Csv {
  private Csv() {}

  /** Rows as maps from header to value, in file order. */
  static List<Map<String, String>> read(String resource) {
    try (InputStream in = Csv.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("vocabulary resource not found: " + resource);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  static List<Map<String, String>> parse(String text) {
    List<List<String>> rows = rows(text);
    List<Map<String, String>> out = new ArrayList<>();
    if (rows.isEmpty()) {
      return out;
    }
    List<String> header = rows.get(0);
    for (List<String> row : rows.subList(1, rows.size())) {
      Map<String, String> m = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        m.put(header.get(i).trim(), i < row.size() ? row.get(i).trim() : "");
      }
      out.add(m);
    }
    return out;
  }

  private static List<List<String>> rows(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    boolean lineStart = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (lineStart && c == '#' && !quoted) {
        while (i < text.length() && text.charAt(i) != '\n') {
          i++;
        }
        continue;
      }
      lineStart = false;
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        if (!(row.size() == 1 && row.get(0).isBlank())) {
          rows.add(row);
        }
        row = new ArrayList<>();
        lineStart = true;
      } else if (c != '\r') {
        cell.append(c);
      }
    }
    row.add(cell.toString());
    if (!(row.size() == 1 && row.get(0).isBlank())) {
      rows.add(row);
    }
    return rows;
  }

  /** Splits a {@code ;}-separated cell into trimmed, non-empty items. */
  static List<String> items(String cell) {
    List<String> out = new ArrayList<>();
    if (cell == null) {
      return out;
    }
    for (String s : cell.split(";")) {
      if (!s.isBlank()) {
        out.add(s.trim());
      }
    }
    return out;
  }
}
