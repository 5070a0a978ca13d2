package gt.observatorio.rules.ruleset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The canonical form of a rule set: what decides scores (ids, version, method, weights, resolved
 * parameters, rating bands, dimensions and their scales, rules moved to another dimension) as JSON with sorted keys, plus the vocabularies' hash. Its SHA-256 is
 * the content hash stored with every score. Comments, layout and texts do not change it.
 */
public final class Canonical {
  private static final ObjectMapper JSON = new ObjectMapper()
      .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

  private Canonical() {}

  static byte[] bytes(String id, String profile, String version, ScoringMethod method,
      List<DimensionSpec> dims, List<RatingBand> rating, List<RuleEntry> rules, String vocabHash) {
    Map<String, Object> root = new TreeMap<>();
    root.put("id", id);
    root.put("profile", profile);
    root.put("version", version);
    root.put("method", method.id());
    Map<String, Object> d = new TreeMap<>();
    Map<String, Object> scales = new TreeMap<>();
    for (DimensionSpec s : dims) {
      d.put(s.id(), s.weight());
      if (s.scale().kind() != Scale.Kind.PERCENT) {
        scales.put(s.id(), Map.of("kind", s.scale().kind().id(), "max", s.scale().max()));
      }
    }
    root.put("dimensions", d);
    if (!scales.isEmpty()) {
      root.put("scales", scales);
    }
    List<Object> bands = new ArrayList<>();
    rating.forEach(b -> bands.add(Map.of("id", b.id(), "min", b.min())));
    root.put("rating", bands);
    List<Object> rs = new ArrayList<>();
    for (RuleEntry e : rules) {
      Map<String, Object> r = new TreeMap<>();
      r.put("id", e.rule().id());
      r.put("weight", e.weight());
      if (!e.dimension().equals(e.rule().dimension().id())) {
        r.put("dimension", e.dimension());
      }
      r.put("params", new TreeMap<>(e.params().asMap()));
      rs.add(r);
    }
    root.put("rules", rs);
    root.put("vocabularies", vocabHash);
    try {
      return JSON.writeValueAsBytes(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Lower-case hex SHA-256 of the bytes. */
  public static String sha256(byte[] bytes) {
    try {
      return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String utf8(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }
}
