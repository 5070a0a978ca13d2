package gt.observatorio.crawler.content;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import gt.observatorio.engine.domain.TableIssue;
import gt.observatorio.engine.domain.TableProfile;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON array of records (at the top, or the first array of objects in a top-level object, as APIs
 * wrap them: {@code {"data": [...]}}) read as a table, streaming: the first record's keys are the header;
 * a record with other keys is a ragged row.
 */
final class JsonTable {
  private static final JsonFactory JSON = JsonFactory.builder().build();

  private JsonTable() {}

  static TableProfile inspect(byte[] body, boolean complete) {
    TextDecoding.Decoded text = TextDecoding.decode(body, complete);
    List<TableIssue> issues = new ArrayList<>(text.issues());
    TableObserver rows = new TableObserver();
    List<String> header = null;
    int ragged = 0;
    String firstRagged = null;
    int record = 0;
    try (JsonParser p = JSON.createParser(text.text())) {
      if (!toArrayOfObjects(p)) {
        return new TableProfile("json", body.length, complete, text.encoding(), null, 0, 0, issues,
            "no es una lista de registros / not an array of records");
      }
      while (p.nextToken() == JsonToken.START_OBJECT) {
        record++;
        Map<String, String> values = object(p);
        if (header == null) {
          header = new ArrayList<>(values.keySet());
          rows.row(0, header);
        } else if (!values.keySet().equals(new java.util.LinkedHashSet<>(header)) && ragged++ == 0) {
          firstRagged = "registro/record " + record + ": " + values.keySet();
        }
        List<String> cells = new ArrayList<>();
        for (String h : header) {
          cells.add(values.get(h));
        }
        rows.row(record, cells);
      }
    } catch (IOException e) {
      if (complete) {
        issues.add(new TableIssue("structure.malformed-json", String.valueOf(e.getMessage()).lines().findFirst().orElse(""), "JSON válido / valid JSON",
            "registro/record " + (record + 1)));
      }
    }
    if (ragged > 0) {
      issues.add(new TableIssue("structure.ragged-rows", ragged + " registros con otras claves / records with other keys; "
          + "primero / first: " + firstRagged, "las claves del primer registro / the first record's keys: " + header,
          firstRagged.substring(0, firstRagged.indexOf(':'))));
    }
    rows.finish().stream().filter(i -> !i.code().equals("structure.ragged-rows") && !i.code().equals("structure.no-header"))
        .forEach(issues::add);
    return new TableProfile("json", body.length, complete, text.encoding(), null, rows.columns(), Math.max(0, rows.rows()),
        issues, header == null ? "sin registros / no records" : null);
  }

  private static boolean toArrayOfObjects(JsonParser p) throws IOException {
    JsonToken t = p.nextToken();
    if (t == JsonToken.START_ARRAY) {
      return true;
    }
    if (t != JsonToken.START_OBJECT) {
      return false;
    }
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      if (p.nextToken() == JsonToken.START_ARRAY) {
        return true;
      }
      p.skipChildren();
    }
    return false;
  }

  /** The record's top-level values as text; nested values are skipped and named by their kind. */
  private static Map<String, String> object(JsonParser p) throws IOException {
    Map<String, String> values = new LinkedHashMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      JsonToken v = p.nextToken();
      if (v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY) {
        p.skipChildren();
        values.put(key, v == JsonToken.START_OBJECT ? "{...}" : "[...]");
      } else {
        values.put(key, v == JsonToken.VALUE_NULL ? null : p.getText());
      }
      if (values.size() > TableObserver.MAX_COLUMNS) {
        break;
      }
    }
    return values;
  }
}
