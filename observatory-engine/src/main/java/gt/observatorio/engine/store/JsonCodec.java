package gt.observatorio.engine.store;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.Finding;
import gt.observatorio.engine.domain.HarvestIssue;
import gt.observatorio.engine.domain.MessageRef;
import gt.observatorio.engine.domain.ProbeResult;
import gt.observatorio.engine.domain.RuleOutcome;
import gt.observatorio.engine.domain.ScoreCard;
import gt.observatorio.engine.domain.Waived;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * JSON (de)serialisation of the domain records stored as {@code jsonb}, and the content hashes that
 * deduplicate them. Output is deterministic (map entries sorted) so equal values hash equally.
 * NUL characters, which PostgreSQL text cannot hold, are dropped.
 */
public final class JsonCodec {
  private static final ObjectMapper JSON = new ObjectMapper()
      .registerModule(new JavaTimeModule())
      .registerModule(new SimpleModule().addSerializer(String.class, new NulFreeStrings()))
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .addMixIn(RuleOutcome.class, UnwaivedOmitted.class)
      .addMixIn(Finding.class, LiteralOmitted.class);
  /** Cards hashed as they were written before messages had keys: a keyed message is fixed by its text's rule set. */
  private static final ObjectMapper HASHED = JSON.copy().addMixIn(Finding.class, RefIgnored.class);

  /** A rule outcome without a waiver is written as before waivers existed, so stored cards keep their hashes. */
  private abstract static class UnwaivedOmitted {
    @JsonInclude(JsonInclude.Include.NON_NULL)
    abstract Waived waived();
  }

  /** A finding with a literal message is written as before messages had keys (V160). */
  private abstract static class LiteralOmitted {
    @JsonInclude(JsonInclude.Include.NON_NULL)
    abstract MessageRef ref();
  }

  private abstract static class RefIgnored {
    @JsonIgnore
    abstract MessageRef ref();
  }

  private JsonCodec() {}

  /** The dataset without its raw metadata (kept apart, as text). */
  public static String datasetMetadata(Dataset d) {
    return write(withRaw(d, null));
  }

  public static Dataset dataset(String metadataJson, String raw) {
    return withRaw(read(metadataJson, Dataset.class), raw);
  }

  /** The hash of everything the catalog said about a dataset, raw metadata included. */
  public static String datasetHash(Dataset d) {
    return sha256(write(d));
  }

  public static String scoreCard(ScoreCard card) {
    return write(card);
  }

  /**
   * The content hash of a card: of its JSON without the findings' message references, so a card equal to one
   * stored before V160 (texts written out) is recognised as the same card.
   */
  public static String scoreCardHash(ScoreCard card) {
    try {
      return sha256(HASHED.writeValueAsString(card));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static ScoreCard scoreCard(String json) {
    return read(json, ScoreCard.class);
  }

  /** Per-dimension values keyed by dimension id ({@code format}, ...), as aggregated in SQL. */
  public static String dimensions(Map<String, Double> dims) {
    Map<String, Double> byId = new TreeMap<>();
    dims.forEach((k, v) -> {
      if (v != null && Double.isFinite(v)) {
        byId.put(k, v);
      }
    });
    return write(byId);
  }

  /** Reads what {@link #dimensions(Map)} wrote: scores keyed by dimension id. */
  public static Map<String, Double> dimensionsById(String json) {
    try {
      return json == null ? Map.of() : JSON.readValue(json, new TypeReference<Map<String, Double>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored dimensions are not valid JSON", e);
    }
  }

  public static String probe(ProbeResult p) {
    return write(p);
  }

  public static ProbeResult probe(String json) {
    return read(json, ProbeResult.class);
  }

  /** The hash of what a probe observed, ignoring when it was checked and how long it took. */
  public static String probeHash(ProbeResult p) {
    return sha256(write(new ProbeResult(p.url(), p.outcome(), p.httpStatus(), p.finalUrl(),
        p.redirectChain(), p.declaredContentType(), p.sniffedContentType(), p.format(),
        p.contentLength(), p.lastModified(), p.etag(), p.tlsValid(), 0, null, p.detail(), p.table())));
  }

  public static String issues(List<HarvestIssue> issues) {
    return write(issues);
  }

  public static List<HarvestIssue> issues(String json) {
    try {
      return JSON.readValue(json, new TypeReference<List<HarvestIssue>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored harvest issues are not valid JSON", e);
    }
  }

  public static String sha256(String text) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Text safe for a PostgreSQL text column (no NUL). */
  public static String clean(String s) {
    return s == null || s.indexOf('\0') < 0 ? s : s.replace("\0", "");
  }

  private static Dataset withRaw(Dataset d, String raw) {
    return new Dataset(d.identifier(), d.title(), d.description(), d.publisher(), d.contactPoint(),
        d.keywords(), d.themes(), d.license(), d.issued(), d.modified(), d.accrualPeriodicity(),
        d.spatial(), d.temporal(), d.accessRights(), d.landingPage(), d.distributions(), raw);
  }

  /** A value as the JSON tree this codec writes for it. */
  static ObjectNode tree(Object value) {
    return JSON.valueToTree(value);
  }

  static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  private static <T> T read(String json, Class<T> type) {
    try {
      return JSON.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored " + type.getSimpleName() + " is not valid JSON", e);
    }
  }

  private static final class NulFreeStrings extends StdSerializer<String> {
    NulFreeStrings() {
      super(String.class);
    }

    @Override
    public void serialize(String value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeString(clean(value));
    }
  }
}
