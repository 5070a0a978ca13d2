package gt.observatorio.rules;

import static org.assertj.core.api.Assertions.assertThat;

import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.DatasetSnapshot;
import gt.observatorio.engine.domain.Distribution;
import gt.observatorio.engine.domain.ProbeOutcome;
import gt.observatorio.engine.domain.ProbeResult;
import gt.observatorio.engine.domain.RuleOutcome;
import gt.observatorio.engine.domain.ScoreCard;
import gt.observatorio.engine.port.Scorer;
import gt.observatorio.rules.ruleset.RuleEntry;
import gt.observatorio.rules.ruleset.RuleSetDefinition;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MqaProfileTest {
  private final RuleSetDefinition def = Profiles.definition("mqa", Optional.empty());

  private static Map<String, Double> indicatorPoints() throws Exception {
    try (InputStream in = MqaProfileTest.class.getClassLoader().getResourceAsStream("vocabularies/mqa-indicators.csv")) {
      Map<String, Double> out = new LinkedHashMap<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.startsWith("#") || line.startsWith("dimension,") || line.isBlank()) {
          continue;
        }
        List<String> cells = List.of(line.split(","));
        out.put("mqa." + cells.get(1), Double.parseDouble(cells.get(cells.size() - 3)));
      }
      return out;
    }
  }

  @Test
  void everyIndicatorIsARuleWeightedWithItsMqaPoints() throws Exception {
    Map<String, Double> expected = indicatorPoints();
    Map<String, Double> actual = def.rules().stream()
        .collect(Collectors.toMap(e -> e.rule().id(), RuleEntry::weight, (a, b) -> a, LinkedHashMap::new));
    assertThat(expected).hasSize(23);
    assertThat(actual).isEqualTo(expected);
    assertThat(def.fullScale()).isEqualTo(405);
  }

  @ParameterizedTest(name = "{0} points on the full scale rate {1}")
  @CsvSource({"0,Bad", "120,Bad", "121,Sufficient", "220,Sufficient", "221,Good", "350,Good", "351,Excellent", "405,Excellent"})
  void ratingBandsAreMqas(double points, String rating) {
    String band = def.rating().stream().filter(b -> b.min() <= points).reduce((a, b) -> b).orElseThrow().id();
    assertThat(band).isEqualTo(rating);
  }

  @Test
  void distributionIndicatorsAreReadOnTheBestDistribution() {
    Distribution poor = new Distribution("pdf", null, "https://x.gob.gt/a.pdf", "PDF", null, null, null, null, null, null);
    Distribution good = new Distribution("csv", "https://x.gob.gt/d", "https://x.gob.gt/a.csv",
        "http://publications.europa.eu/resource/authority/file-type/CSV", "text/csv", 10L, null, "2024-01-01", "2024-02-01", null);
    Dataset d = new Dataset("x", "t", "d", null, null, List.of(), List.of(), "cc-by", null, null, null, null,
        null, null, null, List.of(poor, good), null);
    Map<String, ProbeResult> probes = Map.of(
        "https://x.gob.gt/a.csv", probe("https://x.gob.gt/a.csv", 200),
        "https://x.gob.gt/d", probe("https://x.gob.gt/d", 200));
    Scorer s = Profiles.load("mqa", Optional.empty());
    ScoreCard c = s.score(new DatasetSnapshot(d, probes, Instant.parse("2025-06-01T00:00:00Z")));
    Map<String, Double> points = c.rules().stream().collect(Collectors.toMap(r -> r.ruleId(), r -> r.points()));
    assertThat(points.get("mqa.formatMediaTypeMachineInterpretable")).isEqualTo(20);
    assertThat(points.get("mqa.accessUrlStatusCode")).isEqualTo(50);
    assertThat(points.get("mqa.downloadUrlStatusCode")).isEqualTo(30);
    assertThat(points.get("mqa.byteSizeAvailability")).isEqualTo(5);
    assertThat(points.get("mqa.dateModifiedAvailability")).isEqualTo(5);
  }

  @Test
  void accessAndDownloadUrlStatusAreEachMeasuredFromTheirOwnProbe() {
    Distribution dist = new Distribution("csv", "https://x.gob.gt/dataset/a", "https://x.gob.gt/a.csv", "CSV",
        null, null, null, null, null, null);
    Dataset d = new Dataset("x", "t", "d", null, null, List.of(), List.of(), null, null, null, null, null,
        null, null, null, List.of(dist), null);
    Scorer s = Profiles.load("mqa", Optional.empty());
    Instant at = Instant.parse("2025-06-01T00:00:00Z");
    ScoreCard both = s.score(new DatasetSnapshot(d, Map.of(
        "https://x.gob.gt/a.csv", probe("https://x.gob.gt/a.csv", 404),
        "https://x.gob.gt/dataset/a", probe("https://x.gob.gt/dataset/a", 200)), at));
    Map<String, RuleOutcome> byId = both.rules().stream().collect(Collectors.toMap(RuleOutcome::ruleId, r -> r));
    assertThat(byId.get("mqa.accessUrlStatusCode").measured()).isTrue();
    assertThat(byId.get("mqa.accessUrlStatusCode").points()).isEqualTo(50);
    assertThat(byId.get("mqa.downloadUrlStatusCode").measured()).isTrue();
    assertThat(byId.get("mqa.downloadUrlStatusCode").points()).isZero();
    ScoreCard downloadOnly = s.score(new DatasetSnapshot(d, Map.of(
        "https://x.gob.gt/a.csv", probe("https://x.gob.gt/a.csv", 200)), at));
    assertThat(downloadOnly.rules()).filteredOn(r -> r.ruleId().equals("mqa.accessUrlStatusCode"))
        .allMatch(r -> !r.measured());
  }

  @Test
  void statusIndicatorsScoreOnlyHttp2xxAndAreNotMeasuredWithoutProbes() {
    Distribution dist = new Distribution("csv", null, "https://x.gob.gt/a.csv", "CSV", null, null, null, null, null, null);
    Dataset d = new Dataset("x", "t", "d", null, null, List.of(), List.of(), null, null, null, null, null,
        null, null, null, List.of(dist), null);
    Scorer s = Profiles.load("mqa", Optional.empty());
    Instant at = Instant.parse("2025-06-01T00:00:00Z");
    ScoreCard none = s.score(new DatasetSnapshot(d, Map.of(), at));
    ScoreCard redirect = s.score(new DatasetSnapshot(d, Map.of("https://x.gob.gt/a.csv", probe("https://x.gob.gt/a.csv", 301)), at));
    assertThat(none.rules()).filteredOn(r -> r.ruleId().endsWith("StatusCode")).allMatch(r -> !r.measured());
    assertThat(redirect.rules()).filteredOn(r -> r.ruleId().endsWith("StatusCode"))
        .allMatch(r -> r.measured() && r.points() == 0);
    // status codes (50 points) and one more 30-point indicator are not measured; DCAT-AP compliance is, with our own shapes
    assertThat(none.maxScore()).isEqualTo(405 - 50 - 30);
  }

  static ProbeResult probe(String url, int status) {
    ProbeOutcome o = status < 300 ? ProbeOutcome.REACHABLE : status < 400 ? ProbeOutcome.TOO_MANY_REDIRECTS : ProbeOutcome.CLIENT_ERROR;
    return new ProbeResult(url, o, status, null, List.of(), null, null, "CSV", null, null, null, true, 10,
        Instant.parse("2025-06-01T00:00:00Z"), null);
  }
}
