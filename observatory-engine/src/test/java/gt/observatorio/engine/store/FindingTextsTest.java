package gt.observatorio.engine.store;

import static gt.observatorio.engine.testing.EngineFixture.dataset;
import static gt.observatorio.engine.testing.EngineFixture.join;
import static org.assertj.core.api.Assertions.assertThat;

import gt.observatorio.engine.domain.Finding;
import gt.observatorio.engine.domain.MessageRef;
import gt.observatorio.engine.domain.Source;
import gt.observatorio.engine.domain.Text;
import gt.observatorio.engine.testing.EngineFixture;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** V160: findings keep their texts by id (once per wording) and only their key and observed values. */
class FindingTextsTest {
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
  void findingsAreStoredByTextIdAndReadBackAsWritten() {
    Source s = f.register("A", "a-ckan")[0];
    f.harvester.serve(s.url(), List.of(dataset("x", "T", null, null), dataset("y", "U", null, "L"),
        dataset("z", "V", "D", null)));
    f.pipeline.crawl(s);

    assertThat(f.count("select count(*) from card_rule where body::text like '%\"message\"%'"))
        .as("no outcome holds a message").isZero();
    assertThat(f.count("select count(*) from card_rule where body::text like '%Falta%'")).isZero();
    // The keyed template is stored once per wording (its advice names the field), whatever the datasets.
    assertThat(f.count("select count(*) from rule_text where body->>'key' = 'missing'")).isEqualTo(2);
    assertThat(f.count("select count(*) from rule_text where body->'message'->>'es' = 'Falta {field}'"))
        .isEqualTo(2);

    // V161: each card names its rule set by id; read back whole.
    assertThat(f.count("select count(*) from score where jsonb_typeof(card->'ruleSet') <> 'number'")).isZero();
    assertThat(f.count("select count(*) from card_rule_set")).isEqualTo(f.count("select count(distinct profile) from score"));

    List<DatasetView> views = join(f.readModel.latestDatasets("A", "observatorio"));
    assertThat(views).allSatisfy(v -> assertThat(v.score().ruleSet().profile()).isEqualTo("observatorio"));
    Finding missing = views.stream().filter(v -> v.dataset().identifier().equals("x")).findFirst().orElseThrow()
        .score().rules().get(1).findings().get(0);
    assertThat(missing.message()).isEqualTo(Text.of("Falta description", "Missing description"));
    assertThat(missing.advice()).isEqualTo(Text.of("Complete el campo description", "Fill in description"));
    assertThat(missing.key()).isEqualTo("missing");
    assertThat(missing.ref().params()).isEqualTo(Map.of("field", "description"));
    assertThat(missing.ref().template()).isEqualTo(Text.of("Falta {field}", "Missing {field}"));
  }

  @Test
  void aTextThatIsNotItsTemplateFilledStaysLiteralAndEveryShapeReadsBackUnchanged() {
    String keyed = finding(new JsonObject().put("es", "Hace {age} días").put("en", "{age} days ago"),
        "Hace {x} días", "{x} days ago", Map.of("age", "{x}"));
    String mismatch = finding(new JsonObject().put("es", "Hace {age} días").put("en", "{age} days ago"),
        "Hace 3 días", "4 days ago", Map.of("age", "3"));
    String literal = new JsonObject().put("ruleId", "r").put("dimension", "d").put("severity", "INFO")
        .put("message", new JsonObject().put("es", "Sin {llaves}").put("en", "No {braces}"))
        .put("observed", "o").put("expected", null).put("evidence", "e").putNull("advice").encode();
    for (String written : List.of(keyed, mismatch, literal)) {
      join(f.db.pool().preparedQuery("insert into rule_text (body) select finding_text(cast($1::text as jsonb)) "
          + "where finding_text(cast($1::text as jsonb)) is not null on conflict do nothing").execute(Tuple.of(written)));
    }
    assertThat(stored(keyed)).doesNotContainKey("message").doesNotContainKey("expected").containsEntry("key", "k")
        .containsKey("text");
    assertThat(stored(mismatch)).isEqualTo(new JsonObject(mismatch).getMap());
    assertThat(stored(literal)).doesNotContainKey("message").doesNotContainKey("key").containsKey("text");
    for (String written : List.of(keyed, mismatch, literal)) {
      String back = join(f.db.pool().preparedQuery("select render_finding(compact_finding(cast($1::text as jsonb)))::text")
          .execute(Tuple.of(written))).iterator().next().getString(0);
      assertThat(new JsonObject(back)).isEqualTo(new JsonObject(written));
    }
    assertThat(MessageRef.of("k", "Hace {age} días", "{age} days ago").with("age", "{x}").render())
        .isEqualTo(Text.of("Hace {x} días", "{x} days ago"));
  }

  private Map<String, Object> stored(String written) {
    return new JsonObject(join(f.db.pool().preparedQuery("select compact_finding(cast($1::text as jsonb))::text")
        .execute(Tuple.of(written))).iterator().next().getString(0)).getMap();
  }

  private static String finding(JsonObject template, String es, String en, Map<String, String> params) {
    return new JsonObject().put("ruleId", "r").put("dimension", "d").put("severity", "WARNING")
        .put("message", new JsonObject().put("es", es).put("en", en)).put("observed", "o").put("expected", "x")
        .put("evidence", "e").put("advice", new JsonObject().put("es", "Haga").put("en", "Do"))
        .put("ref", new JsonObject().put("key", "k").put("template", template)
            .put("params", new JsonObject(Map.<String, Object>copyOf(params)))).encode();
  }
}
