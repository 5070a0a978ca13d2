package gt.observatorio.engine.vocab;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the vocabulary files (Apache Commons CSV): a header row, quoted fields, {@code #} comment lines
 * (where each file names its sources), values trimmed.
 */
public final class Csv {
  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
      .setCommentMarker('#').setIgnoreEmptyLines(true).setTrim(true).setIgnoreSurroundingSpaces(true).get();

  private Csv() {}

  /** Rows as maps from header to value, in file order. */
  public static List<Map<String, String>> read(String resource) {
    try (InputStream in = Csv.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("vocabulary resource not found: " + resource);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** Rows of a CSV text as maps from header to value, in order. */
  public static List<Map<String, String>> parse(String text) {
    List<Map<String, String>> out = new ArrayList<>();
    try (CSVParser parser = FORMAT.parse(new StringReader(text))) {
      List<String> header = parser.getHeaderNames();
      for (CSVRecord r : parser) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
          m.put(header.get(i), i < r.size() ? r.get(i) : "");
        }
        out.add(m);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Splits a {@code ;}-separated cell into trimmed, non-empty items. */
  public static List<String> items(String cell) {
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
