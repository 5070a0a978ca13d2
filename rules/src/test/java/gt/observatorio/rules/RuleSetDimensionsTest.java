package gt.observatorio.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.DatasetSnapshot;
import gt.observatorio.engine.domain.ScoreCard;
import gt.observatorio.engine.domain.Text;
import gt.observatorio.rules.ruleset.DimensionSpec;
import gt.observatorio.rules.ruleset.RuleSetDefinition;
import gt.observatorio.rules.ruleset.RuleSetLoader;
import gt.observatorio.rules.ruleset.RuleSetScorer;
import gt.observatorio.rules.ruleset.Scale;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule sets declare their dimensions: id, labels, weight and scale; rules are assigned to them. */
class RuleSetDimensionsTest {
  static final Dataset DATASET = new Dataset("d", "Empleo formal por departamento",
      "Trabajadores afiliados por departamento, sexo y actividad económica, desde 2015.", "MINTRAB", null,
      List.of("empleo"), List.of(), null, null, null, null, null, null, null, null, List.of(), null);

  @Test
  void mqaDeclaresItsFiveDimensionsInPointsAddingUpTo405WithItsRatingBands() {
    RuleSetDefinition mqa = Profiles.definition("mqa", Optional.empty());
    assertThat(mqa.dimensions()).extracting(DimensionSpec::id)
        .containsExactly("findability", "accessibility", "interoperability", "reusability", "contextuality");
    assertThat(mqa.dimensions()).allSatisfy(d -> assertThat(d.scale().kind()).isEqualTo(Scale.Kind.POINTS));
    assertThat(mqa.dimensions().stream().mapToDouble(d -> d.scale().max()).sum()).isEqualTo(405.0);
    assertThat(mqa.ratingLabel("Excellent")).contains(new Text("Excelente", "Excellent"));
    assertThat(mqa.ratingLabel("Bad")).contains(new Text("Malo", "Bad"));
  }

  @Test
  void fiveStarsHasOneDimensionInStars() {
    RuleSetDefinition stars = Profiles.definition("5-estrellas", Optional.empty());
    assertThat(stars.dimensions()).containsExactly(
        new DimensionSpec("stars", new Text("Estrellas", "Stars"), 5, Scale.STARS));
  }

  @Test
  void aUserRuleSetAddsADimensionAndTheCardScoresIt(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("observatorio.yaml"), """
        id: observatorio
        profile: observatorio
        version: "1.0.0-local"
        extends: observatorio
        dimensions:
          - {id: documentation, label: {es: "Documentación", en: "Documentation"}, weight: 20, scale: {kind: percent}}
        rules:
          - {id: metadata.description, dimension: documentation}
        """);
    RuleSetDefinition def = Profiles.definition("observatorio", Optional.of(dir));
    assertThat(def.dimensions()).extracting(DimensionSpec::id).endsWith("accessibility", "documentation");
    ScoreCard card = new RuleSetScorer(def).score(new DatasetSnapshot(DATASET, Map.of(), Instant.parse("2026-03-02T00:00:00Z")));
    assertThat(card.dimensions()).containsEntry("documentation", 100.0);
    assertThat(card.rules()).filteredOn(r -> r.ruleId().equals("metadata.description"))
        .singleElement().satisfies(r -> assertThat(r.dimension()).isEqualTo("documentation"));
    assertThat(def.info().contentHash()).isNotEqualTo(Profiles.definition("observatorio", Optional.empty()).info().contentHash());
  }

  @Test
  void aPointsDimensionIsReadOnItsScale() {
    RuleSetDefinition def = new RuleSetLoader().load("t.yaml", """
        id: t
        profile: t
        version: "1"
        scoring: {method: points}
        dimensions:
          - {id: hallazgo, label: {es: "Hallazgo", en: "Findability"}, scale: {kind: points, max: 40}}
        rules:
          - {id: metadata.keywords, weight: 30, dimension: hallazgo, params: {minCount: 1}}
          - {id: metadata.themes, weight: 10, dimension: hallazgo}
        """.getBytes(StandardCharsets.UTF_8));
    ScoreCard card = new RuleSetScorer(def).score(new DatasetSnapshot(DATASET, Map.of(), Instant.EPOCH));
    assertThat(card.dimensions().get("hallazgo")).isCloseTo(30.0, within(1e-9));
  }

  @Test
  void aRuleInAnUndeclaredDimensionIsReported() {
    assertThat(RuleSetLoaderTest.problems("""
        id: t
        profile: t
        version: "1"
        scoring: {method: points}
        dimensions:
          - {id: findability, label: {es: "Localización", en: "Findability"}, scale: {kind: points}}
        rules:
          - {id: metadata.keywords, weight: 30, dimension: findability}
          - {id: metadata.themes, weight: 30, dimension: reuse}
        """)).anySatisfy(p -> {
          assertThat(p.ruleId()).isEqualTo("metadata.themes");
          assertThat(p.reason()).contains("'reuse'").contains("findability");
        });
  }

  @Test
  void aPointsMaximumThatDisagreesWithItsRulesIsReported() {
    assertThat(RuleSetLoaderTest.problems("""
        id: t
        profile: t
        version: "1"
        scoring: {method: points}
        dimensions:
          - {id: findability, label: {es: "Localización", en: "Findability"}, scale: {kind: points, max: 100}}
        rules:
          - {id: metadata.keywords, weight: 30, dimension: findability}
        """)).anySatisfy(p -> {
          assertThat(p.reason()).contains("max 100").contains("30");
          assertThat(p.line()).isEqualTo(6);
        });
  }

  @Test
  void aNewDimensionWithoutLabelIsReported() {
    assertThat(RuleSetLoaderTest.problems("""
        id: t
        profile: t
        version: "1"
        scoring: {method: dimensions}
        dimensions:
          - {id: reuse, weight: 10}
        rules:
          - {id: metadata.keywords, weight: 30, dimension: reuse}
        """)).anySatisfy(p -> assertThat(p.reason()).contains("'reuse' needs a label"));
  }
}
