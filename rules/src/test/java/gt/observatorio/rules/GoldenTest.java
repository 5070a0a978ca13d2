package gt.observatorio.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.DatasetSnapshot;
import gt.observatorio.engine.domain.Finding;
import gt.observatorio.engine.domain.ProbeResult;
import gt.observatorio.engine.domain.RuleOutcome;
import gt.observatorio.engine.domain.ScoreCard;
import gt.observatorio.engine.port.Scorer;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each profile on real-shaped catalogs (CKAN, DCAT, data.json) gives the reviewed scores in
 * {@code golden/<portal>/expected-<profile>.json}. Run with {@code -Dgolden.update=true} to
 * rewrite them after an intended change (and review the diff).
 */
class GoldenTest {
  static final Instant AS_OF = Instant.parse("2025-06-01T00:00:00Z");
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  record Entry(String name, Dataset dataset, List<ProbeResult> probes) {}

  static Stream<Arguments> portalsAndProfiles() {
    List<Arguments> out = new ArrayList<>();
    for (String portal : List.of("ckan", "dcat", "datajson")) {
      for (String profile : Profiles.available()) {
        out.add(Arguments.of(portal, profile));
      }
    }
    return out.stream();
  }

  static List<Entry> entries(String portal) throws Exception {
    try (InputStream in = GoldenTest.class.getClassLoader().getResourceAsStream("golden/" + portal + "/datasets.yaml")) {
      return ScenarioTest.YAML.readValue(in, new TypeReference<List<Entry>>() {});
    }
  }

  static DatasetSnapshot snapshot(Entry e) {
    Map<String, ProbeResult> probes = new LinkedHashMap<>();
    if (e.probes() != null) {
      e.probes().forEach(p -> probes.put(p.url(), p));
    }
    return new DatasetSnapshot(e.dataset(), probes, AS_OF);
  }

  @ParameterizedTest(name = "{1} on {0}")
  @MethodSource("portalsAndProfiles")
  void profileScoresMatchTheReviewedGoldenFile(String portal, String profile) throws Exception {
    Scorer scorer = Profiles.load(profile, Optional.empty());
    List<Object> actual = new ArrayList<>();
    for (Entry e : entries(portal)) {
      actual.add(summary(e.name(), scorer.score(snapshot(e))));
    }
    String text = JSON.writeValueAsString(actual) + "\n";
    Path expected = Path.of("src/test/resources/golden", portal, "expected-" + profile + ".json");
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(expected, text, StandardCharsets.UTF_8);
    }
    assertThat(expected).as("reviewed golden file (create with -Dgolden.update=true, then review)").exists();
    assertThat(text).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }

  static Map<String, Object> summary(String name, ScoreCard card) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("dataset", name);
    m.put("profile", card.ruleSet().profile());
    m.put("score", round(card.score()));
    m.put("maxScore", round(card.maxScore()));
    m.put("rating", card.rating());
    Map<String, Object> dims = new LinkedHashMap<>();
    // in the rule set's order of dimensions
    Profiles.definition(card.ruleSet().profile(), Optional.empty()).dimensions().stream()
        .filter(d -> card.dimensions().containsKey(d.id()))
        .forEach(d -> dims.put(d.id(), round(card.dimensions().get(d.id()))));
    m.put("dimensions", dims);
    List<Object> rules = new ArrayList<>();
    for (RuleOutcome o : card.rules()) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("id", o.ruleId());
      r.put("points", round(o.points()));
      r.put("maxPoints", round(o.maxPoints()));
      r.put("measured", o.measured());
      List<String> f = new ArrayList<>();
      for (Finding x : o.findings()) {
        f.add(x.severity() + " " + x.evidence() + " | " + x.observed());
      }
      r.put("findings", f);
      rules.add(r);
    }
    m.put("rules", rules);
    return m;
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
