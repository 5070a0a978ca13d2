package gt.observatorio.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gt.observatorio.rules.ruleset.RuleSetDefinition;
import gt.observatorio.rules.ruleset.RuleSetException;
import gt.observatorio.rules.ruleset.RuleSetException.Problem;
import gt.observatorio.rules.ruleset.RuleSetLoader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleSetLoaderTest {
  private static final String HEAD = """
      id: test
      profile: test
      version: "1"
      scoring:
        method: points
      rules:
      """;

  /** The problems a rule set named test.yaml is rejected with; fails when it loads. */
  static List<Problem> problems(String yaml) {
    try {
      new RuleSetLoader().load("test.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    } catch (RuleSetException e) {
      return e.problems();
    }
    throw new AssertionError("expected the rule set to be rejected");
  }

  @Test
  void aValidRuleSetLoadsWithItsVersionAndAHash() {
    RuleSetDefinition d = new RuleSetLoader().load("test.yaml",
        (HEAD + "  - {id: metadata.keywords, weight: 30, params: {minCount: 1}}\n").getBytes(StandardCharsets.UTF_8));
    assertThat(d.info().id()).isEqualTo("test");
    assertThat(d.info().version()).isEqualTo("1");
    assertThat(d.info().contentHash()).hasSize(64);
    assertThat(d.rules().get(0).params().integer("minCount")).isEqualTo(1);
    assertThat(d.fullScale()).isEqualTo(30);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      unknown rule id          | '  - {id: metadata.nope, weight: 1}'                                  | 7 | metadata.nope     | unknown rule id
      unknown parameter        | '  - {id: metadata.keywords, weight: 1, params: {minimum: 3}}'        | 7 | metadata.keywords | unknown parameter 'minimum'
      parameter of wrong type  | '  - {id: metadata.keywords, weight: 1, params: {minCount: many}}'    | 7 | metadata.keywords | must be of type integer
      negative weight          | '  - {id: metadata.keywords, weight: -2}'                             | 7 | metadata.keywords | minimum
      weight that is a text    | '  - {id: metadata.keywords, weight: heavy}'                          | 7 | metadata.keywords | number
      missing weight           | '  - {id: metadata.keywords}'                                         | 7 | metadata.keywords | weight is required
      unknown key in a rule    | '  - {id: metadata.keywords, weight: 1, code: "x > 1"}'               | 7 | metadata.keywords | code
      """)
  void aBadRuleIsReportedWithFileLineRuleAndReason(String name, String rule, int line, String ruleId, String reason) {
    List<Problem> p = problems(HEAD + rule + "\n");
    assertThat(p).anySatisfy(x -> {
      assertThat(x.file()).isEqualTo("test.yaml");
      assertThat(x.line()).isEqualTo(line);
      assertThat(x.ruleId()).isEqualTo(ruleId);
      assertThat(x.reason()).contains(reason);
    });
  }

  @Test
  void aRuleListedTwiceIsReportedAtItsSecondLine() {
    List<Problem> p = problems(HEAD + "  - {id: metadata.title, weight: 1}\n  - {id: metadata.title, weight: 2}\n");
    assertThat(p).singleElement().satisfies(x -> {
      assertThat(x.line()).isEqualTo(8);
      assertThat(x.reason()).contains("twice");
    });
  }

  @Test
  void invalidYamlIsReportedWithItsLine() {
    List<Problem> p = problems("id: test\nprofile: [unclosed\nversion: 1\n");
    assertThat(p).singleElement().satisfies(x -> {
      assertThat(x.reason()).contains("not valid YAML");
      assertThat(x.line()).isPositive();
    });
  }

  @Test
  void bytesThatAreNotUtf8AreReportedInWordsNotAsAnExceptionClass() {
    byte[] latin1 = "id: test\nprofile: m\u00e9todo\nversion: 1\n".getBytes(StandardCharsets.ISO_8859_1);
    RuleSetException e = org.junit.jupiter.api.Assertions.assertThrows(RuleSetException.class,
        () -> new RuleSetLoader().load("latin1.yaml", latin1));
    assertThat(e.problems()).singleElement().satisfies(x -> {
      assertThat(x.reason()).startsWith("not valid UTF-8 text");
      assertThat(x.reason()).doesNotContain("Exception");
    });
  }

  @Test
  void aMissingTopLevelKeyIsReported() {
    List<Problem> p = problems("id: test\nprofile: test\nrules: []\n");
    assertThat(p).extracting(Problem::reason).anySatisfy(r -> assertThat(r).contains("version"));
  }

  @Test
  void aWeightedDimensionWithoutRulesIsReported() {
    String yaml = """
        id: t
        profile: t
        version: "1"
        scoring: {method: dimensions, dimensions: {metadata: 1, format: 1}}
        rules:
          - {id: metadata.title, weight: 1}
        """;
    assertThat(problems(yaml)).anySatisfy(p -> {
      assertThat(p.reason()).contains("'format'");
      assertThat(p.line()).isEqualTo(4);
    });
  }

  @Test
  void theContentHashChangesWithAWeightButNotWithComments() {
    RuleSetLoader l = new RuleSetLoader();
    String a = l.load("a", (HEAD + "  - {id: metadata.title, weight: 1}\n").getBytes(StandardCharsets.UTF_8)).info().contentHash();
    String b = l.load("b", ("# comment\n" + HEAD + "  - {id: metadata.title, weight: 1}   # note\n").getBytes(StandardCharsets.UTF_8)).info().contentHash();
    String c = l.load("c", (HEAD + "  - {id: metadata.title, weight: 2}\n").getBytes(StandardCharsets.UTF_8)).info().contentHash();
    assertThat(a).isEqualTo(b).isNotEqualTo(c);
  }

  @Test
  void aRuleSetThatExtendsAnotherOverridesAddsAndRemovesRules() {
    RuleSetLoader l = new RuleSetLoader();
    RuleSetDefinition base = l.load("base", (HEAD
        + "  - {id: metadata.title, weight: 1}\n  - {id: metadata.keywords, weight: 2, params: {minCount: 5}}\n"
        + "  - {id: metadata.themes, weight: 1}\n").getBytes(StandardCharsets.UTF_8));
    String overlay = """
        id: mine
        profile: test
        version: "1-local"
        extends: test
        rules:
          - {id: metadata.keywords, params: {minCount: 2}}
          - {id: metadata.themes, enabled: false}
          - {id: metadata.publisher, weight: 4}
        """;
    RuleSetDefinition d = l.load("mine.yaml", overlay.getBytes(StandardCharsets.UTF_8), n -> n.equals("test") ? base : null);
    assertThat(d.rules()).extracting(e -> e.rule().id())
        .containsExactly("metadata.title", "metadata.keywords", "metadata.publisher");
    assertThat(d.rules().get(1).weight()).isEqualTo(2);
    assertThat(d.rules().get(1).params().integer("minCount")).isEqualTo(2);
    assertThat(d.method()).isEqualTo(base.method());
    assertThat(d.info().contentHash()).isNotEqualTo(base.info().contentHash());
  }

  @Test
  void extendingAnUnknownProfileIsReported() {
    String overlay = "id: m\nprofile: m\nversion: \"1\"\nextends: nowhere\nrules: []\n";
    assertThatThrownBy(() -> new RuleSetLoader().load("m.yaml", overlay.getBytes(StandardCharsets.UTF_8), n -> null))
        .isInstanceOf(RuleSetException.class).hasMessageContaining("nowhere");
  }
}
