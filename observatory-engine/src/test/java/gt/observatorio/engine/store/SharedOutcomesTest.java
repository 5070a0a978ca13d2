package gt.observatorio.engine.store;

import static gt.observatorio.engine.testing.EngineFixture.join;
import static org.assertj.core.api.Assertions.assertThat;

import gt.observatorio.engine.domain.Finding;
import gt.observatorio.engine.domain.MessageRef;
import gt.observatorio.engine.domain.RuleOutcome;
import gt.observatorio.engine.domain.RuleSetInfo;
import gt.observatorio.engine.domain.ScoreCard;
import gt.observatorio.engine.domain.Severity;
import gt.observatorio.engine.domain.Text;
import gt.observatorio.engine.domain.Waiver;
import gt.observatorio.engine.testing.EngineFixture;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Cards compacted by the application (issue 18): texts, outcomes and rule sets interned once, an outcome naming
 * its dataset (own node, URLs) shared across datasets with the values kept in the card, every card read back by
 * {@code score_card} exactly as written.
 */
class SharedOutcomesTest {
  private static final RuleSetInfo SET = new RuleSetInfo("mqa", "mqa", "1.0.0", "ab".repeat(32));
  private static final MessageRef MISSING = MessageRef.of("missing-recommended.node",
      "Falta la propiedad {property} en el nodo {node}.", "Property {property} is missing on node {node}.");

  EngineFixture f;

  @BeforeEach
  void setUp() {
    f = new EngineFixture(10);
  }

  @AfterEach
  void tearDown() {
    f.close();
  }

  @Test
  void outcomesNamingTheirDatasetAreSharedAndReadBackAsWritten() {
    List<ScoreCard> cards = List.of(card("ds-1"), card("ds-2"), card("ds%3A3"));
    CardInterner interner = new CardInterner(f.db.pool());
    String[] stored = join(interner.compact(new CardCompaction(cards)));

    for (int i = 0; i < cards.size(); i++) {
      assertThat(scoreCard(stored[i])).as(stored[i]).isEqualTo(new JsonObject(JsonCodec.scoreCard(cards.get(i))));
    }
    // V193: the cards share one list of outcome ids; each keeps the values naming its dataset by position.
    JsonObject first = new JsonObject(stored[0]);
    JsonObject second = new JsonObject(stored[1]);
    assertThat(first.getValue("rules")).isInstanceOf(Number.class).isEqualTo(second.getValue("rules"));
    assertThat(first.getJsonObject("ruleValues").getMap()).containsOnlyKeys("1", "2");
    assertThat(first.getJsonObject("ruleValues").getJsonArray("1").getList())
        .containsExactly("urn:observatorio:dataset:ds-1");
    assertThat(second.getJsonObject("ruleValues").getJsonArray("2").getList())
        .containsExactly("http://portal.test/files/ds-2/0.csv");
    assertThat(f.count("select count(*) from card_rule_list")).isEqualTo(1);
    assertThat(f.count("select count(*) from card_rule")).as("SHACL, format, licence, waived licence").isEqualTo(4);
    assertThat(f.count("select count(*) from card_rule where body::text like '%urn:observatorio:dataset:ds%'")).isZero();
    long outcomes = f.count("select count(*) from card_rule");
    long texts = f.count("select count(*) from rule_text");

    // Once known, nothing is interned again, and a second writer finds the same rows.
    String[] again = join(interner.compact(new CardCompaction(cards)));
    String[] other = join(new CardInterner(f.db.pool()).compact(new CardCompaction(cards)));
    assertThat(again).isEqualTo(stored);
    assertThat(other).isEqualTo(stored);
    assertThat(f.count("select count(*) from card_rule")).isEqualTo(outcomes);
    assertThat(f.count("select count(*) from rule_text")).isEqualTo(texts);
    assertThat(f.count("select count(*) from card_rule_set")).isEqualTo(1);
  }

  @Test
  void valuesNamedByOutcomesAtSeveralPositionsAreStoredOnceAndReadBackAtEach() {
    String url = "http://portal.test/files/ds-9/0.csv";
    Finding format = new Finding("format.open", "format", Severity.WARNING, Text.of("No abierto", "Not open"),
        "format=PDF", "CSV", url, Text.of("Publique CSV", "Publish CSV"));
    Finding size = new Finding("access.size", "accessibility", Severity.INFO, Text.of("Sin tamaño", "No size"),
        null, null, url, null);
    ScoreCard c = new ScoreCard(SET, 1, 3, Map.of("format", 50.0), List.of(
        new RuleOutcome("format.open", "format", 0, 1, true, List.of(format)),
        new RuleOutcome("licensing.declared", "licensing", 1, 1, true, List.of()),
        new RuleOutcome("access.size", "accessibility", 0, 1, true, List.of(size))), null);

    String[] stored = join(new CardInterner(f.db.pool()).compact(new CardCompaction(List.of(c))));

    // V210: position 3 names the same URL as position 1, so it gives 1 instead of the URL again.
    JsonObject values = new JsonObject(stored[0]).getJsonObject("ruleValues");
    assertThat(values.getMap()).containsOnlyKeys("1", "3");
    assertThat(values.getJsonArray("1").getList()).containsExactly(url);
    assertThat(values.getValue("3")).isEqualTo(1);
    assertThat(scoreCard(stored[0])).isEqualTo(new JsonObject(JsonCodec.scoreCard(c)));
  }

  @Test
  void anOutcomeHoldingAPlaceholderCharacterOrANonTemplateMessageStaysWhole() {
    Finding odd = new Finding("r", "format", Severity.WARNING, Text.of("Hace 3 días", "4 days ago"),
        "x\u0001y http://a.test/1", null, "http://a.test/1", Text.of("a", "b"),
        MessageRef.of("k", "Hace {age} días", "{age} days ago").with("age", "3"));
    ScoreCard c = new ScoreCard(SET, 1, 2, Map.of("format", 50.0),
        List.of(new RuleOutcome("r", "format", 1, 2, true, List.of(odd))), null);
    String[] stored = join(new CardInterner(f.db.pool()).compact(new CardCompaction(List.of(c))));
    assertThat(new JsonObject(stored[0]).getValue("rules")).isInstanceOf(Number.class);
    assertThat(new JsonObject(stored[0]).containsKey("ruleValues")).as("no values: the outcome kept whole").isFalse();
    assertThat(scoreCard(stored[0])).isEqualTo(new JsonObject(JsonCodec.scoreCard(c)));
  }

  private JsonObject scoreCard(String stored) {
    return new JsonObject(join(f.db.pool().preparedQuery("select score_card(cast($1::text as jsonb))::text")
        .execute(Tuple.of(stored))).iterator().next().getString(0));
  }

  /** A card as the MQA rules write one for a dataset: its node and URLs in observed values and evidence. */
  private static ScoreCard card(String id) {
    String node = "urn:observatorio:dataset:" + id;
    Finding shacl = new Finding("mqa.dcatApCompliance", "interoperability", Severity.INFO,
        MISSING.with("property", "dct:type", "node", node + " dct:publisher").render(),
        "property=dct:type; focus=" + node + " dct:publisher", "dct:type ≥ 1",
        "dataset.dct:publisher dct:type (" + node + " dct:publisher)", Text.of("Agregue", "Add"),
        MISSING.with("property", "dct:type", "node", node + " dct:publisher"));
    Finding dist = new Finding("mqa.dcatApCompliance", "interoperability", Severity.INFO,
        Text.of("Sin descripción", "No description"), "focus=" + node + ":dist:0", null,
        "distributions[0] (" + node + ":dist:0)", null);
    Finding format = new Finding("format.matches-content", "format", Severity.WARNING,
        Text.of("El formato no coincide", "Format does not match"), "format=XLS; content=CSV", "CSV",
        "distributions[0].format vs http://portal.test/files/" + id + "/0.csv", Text.of("Corrija", "Fix"));
    Finding license = new Finding("licensing.declared", "licensing", Severity.ERROR, Text.of("Sin licencia",
        "No licence"), null, "license", "license", Text.of("Declare", "Declare"));
    return new ScoreCard(SET, 10, 40, Map.of("format", 50.0, "interoperability", 20.0), List.of(
        new RuleOutcome("mqa.dcatApCompliance", "interoperability", 20, 30, true, List.of(shacl, dist)),
        new RuleOutcome("format.matches-content", "format", 1, 2, true, List.of(format)),
        new RuleOutcome("licensing.declared", "licensing", 0, 1, true, List.of(license)),
        new RuleOutcome("licensing.open", "licensing", 0, 1, true, List.of(license))
            .waive(new Waiver(7, "licensing.open", "cd".repeat(32), "razón", "http://evidence.test/contest"))),
        "bueno");
  }
}
