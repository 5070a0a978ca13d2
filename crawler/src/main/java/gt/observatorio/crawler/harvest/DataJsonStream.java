package gt.observatorio.crawler.harvest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gt.observatorio.engine.domain.HarvestIssue;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads a data.json document one dataset at a time with Jackson's streaming parser, so that only one
 * dataset's tree is in memory besides the body: a first pass reads the catalog's own fields (publisher,
 * themeTaxonomy: they may come after the dataset array), skipping the datasets; the second gives each
 * element of {@code dataset} (or of a top-level array) to the tally. UTF-8 bodies are parsed as bytes;
 * a body in another declared charset, or not valid UTF-8, is decoded to text first (as before).
 */
final class DataJsonStream {
  private DataJsonStream() {}

  /** Whether the document was read (datasets given before a fault stay given). */
  static boolean read(byte[] body, String contentType, String url, int maxDepth, Tally tally) {
    ObjectMapper mapper = JsonReader.mapper(maxDepth);
    String text = null;
    java.nio.charset.Charset declared = Charsets.declared(contentType);
    if (declared != null && !declared.equals(StandardCharsets.UTF_8) || !validUtf8(body)) {
      Charsets.Decoded d = Charsets.decode(body, contentType);
      text = d.text();
      if (d.malformed()) {
        tally.issue(Issues.INVALID_ENCODING, url, "bytes not valid in " + d.charset().name() + " were replaced");
      }
    }
    try {
      String publisher = null;
      Map<String, String> themes = new HashMap<>();
      try (JsonParser p = text == null ? mapper.createParser(body) : mapper.createParser(text)) {
        JsonToken first = p.nextToken();
        if (first == null) {
          tally.issue(Issues.MALFORMED_JSON, url, "empty body");
          return false;
        }
        if (first == JsonToken.START_OBJECT) {
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            if ("publisher".equals(field)) {
              publisher = DataJsonMapper.publisher(p.readValueAsTree(), null);
            } else if ("themeTaxonomy".equals(field)) {
              themes(p.readValueAsTree(), themes);
            } else {
              p.skipChildren();
            }
          }
        }
      }
      try (JsonParser p = text == null ? mapper.createParser(body) : mapper.createParser(text)) {
        if (!toDatasets(p)) {
          tally.issue(Issues.API_ERROR, url, "no \"dataset\" array in data.json");
          return false;
        }
        while (p.nextToken() != JsonToken.END_ARRAY) {
          JsonNode ds = p.readValueAsTree();
          if (ds == null || !ds.isObject() || JsonFields.text(ds, "identifier", "title") == null) {
            tally.issue(Issues.MALFORMED_RECORD, url, "dataset without identifier or title skipped");
            continue;
          }
          tally.emit(DataJsonMapper.map(ds, publisher, themes));
        }
      }
      return true;
    } catch (StreamConstraintsException e) {
      tally.issues().add(new HarvestIssue(Issues.TOO_DEEP, url, "JSON nested deeper than " + maxDepth + " levels"));
      return false;
    } catch (JsonProcessingException e) {
      String type = contentType == null ? "no Content-Type" : "Content-Type " + contentType;
      tally.issue(Issues.MALFORMED_JSON, url, "not valid JSON (" + type + "): " + e.getOriginalMessage());
      return false;
    } catch (IOException e) {
      tally.issue(Issues.MALFORMED_JSON, url, "cannot be read: " + e.getMessage());
      return false;
    }
  }

  /** Moves the parser into the dataset array (top-level array or the {@code dataset} field); false if none. */
  private static boolean toDatasets(JsonParser p) throws IOException {
    JsonToken first = p.nextToken();
    if (first == JsonToken.START_ARRAY) {
      return true;
    }
    if (first != JsonToken.START_OBJECT) {
      return false;
    }
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken value = p.nextToken();
      if ("dataset".equals(field) && value == JsonToken.START_ARRAY) {
        return true;
      }
      p.skipChildren();
    }
    return false;
  }

  /** The labels of a themeTaxonomy by theme id. */
  static void themes(JsonNode taxonomy, Map<String, String> out) {
    for (JsonNode t : CkanMapper.iterable(taxonomy)) {
      String id = JsonFields.text(t, "id");
      String label = JsonFields.text(t, "label", "title");
      if (id != null && label != null) {
        out.put(id, label);
      }
    }
  }

  /** Whether the bytes are valid UTF-8 (checked through a small buffer, without decoding them whole). */
  private static boolean validUtf8(byte[] body) {
    CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(body);
    CharBuffer out = CharBuffer.allocate(8192);
    while (true) {
      CoderResult r = dec.decode(in, out, true);
      if (r.isError()) {
        return false;
      }
      out.clear();
      if (r.isUnderflow()) {
        return true;
      }
    }
  }
}
