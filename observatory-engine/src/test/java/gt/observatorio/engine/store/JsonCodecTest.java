package gt.observatorio.engine.store;

import static org.assertj.core.api.Assertions.assertThat;

import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.DatasetSnapshot;
import gt.observatorio.engine.domain.ProbeOutcome;
import gt.observatorio.engine.domain.ProbeResult;
import gt.observatorio.engine.domain.RuleSetInfo;
import gt.observatorio.engine.domain.ScoreCard;
import gt.observatorio.engine.testing.CompletenessScorer;
import gt.observatorio.engine.testing.EngineFixture;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonCodecTest {
  @Test
  void scoreCardRoundTripsWithItsFindings() {
    Dataset d = EngineFixture.dataset("a", "T", null, null, "http://x.test/a.csv");
    ScoreCard card = new CompletenessScorer("observatorio").score(new DatasetSnapshot(d, Map.of(), Instant.EPOCH));
    assertThat(JsonCodec.scoreCard(JsonCodec.scoreCard(card))).isEqualTo(card);
  }

  @Test
  void datasetRoundTripsWithRawMetadataKeptApart() {
    Dataset d = EngineFixture.dataset("a", "T", "D", "CC0", "http://x.test/a.csv");
    String meta = JsonCodec.datasetMetadata(d);
    assertThat(meta).doesNotContain("rawMetadata\":\"{");
    assertThat(JsonCodec.dataset(meta, d.rawMetadata())).isEqualTo(d);
  }

  @Test
  void nulCharactersThatPostgresCannotStoreAreDropped() {
    Dataset d = EngineFixture.dataset("a", "T\u0000itle", "D", "CC0");
    assertThat(JsonCodec.datasetMetadata(d)).contains("\"Title\"").doesNotContain("\\u0000");
    assertThat(JsonCodec.clean("a\u0000b")).isEqualTo("ab");
  }

  @Test
  void equalCardsHashEquallyWhateverTheMapOrder() {
    Map<String, Double> a = new LinkedHashMap<>();
    a.put("format", 1.0);
    a.put("metadata", 2.0);
    Map<String, Double> b = new LinkedHashMap<>();
    b.put("metadata", 2.0);
    b.put("format", 1.0);
    RuleSetInfo rs = new RuleSetInfo("r", "p", "1", "h");
    assertThat(JsonCodec.sha256(JsonCodec.scoreCard(new ScoreCard(rs, 1, 2, a, List.of(), null))))
        .isEqualTo(JsonCodec.sha256(JsonCodec.scoreCard(new ScoreCard(rs, 1, 2, b, List.of(), null))));
    assertThat(JsonCodec.dimensions(a)).isEqualTo("{\"format\":1.0,\"metadata\":2.0}");
  }

  @Test
  void probeHashIgnoresWhenAndHowFast() {
    ProbeResult p1 = new ProbeResult("u", ProbeOutcome.REACHABLE, 200, "u", List.of(), "text/csv", null, "CSV",
        10L, null, "e", true, 5, Instant.EPOCH, null);
    ProbeResult p2 = new ProbeResult("u", ProbeOutcome.REACHABLE, 200, "u", List.of(), "text/csv", null, "CSV",
        10L, null, "e", true, 90, Instant.now(), null);
    assertThat(JsonCodec.probeHash(p1)).isEqualTo(JsonCodec.probeHash(p2));
    assertThat(JsonCodec.probe(JsonCodec.probe(p1))).isEqualTo(p1);
  }

  @Test
  void aTableProfileRoundTripsWithItsOversizeAndAnOlderOneWithout() {
    ProbeResult p = new ProbeResult("u", ProbeOutcome.REACHABLE, 200, "u", List.of(), null, null, "XLSX",
        9_000_000L, null, null, true, 5, Instant.EPOCH, null)
        .withTable(gt.observatorio.engine.domain.TableProfile.tooLarge("xlsx", 0, 9_000_000, 4_194_304));
    assertThat(JsonCodec.probe(JsonCodec.probe(p))).isEqualTo(p);
    String older = JsonCodec.probe(p).replaceAll(",?\"oversize\":\\{[^}]*\\}", "");
    assertThat(older).doesNotContain("oversize");
    assertThat(JsonCodec.probe(older).table().oversize()).isNull();
  }
}
