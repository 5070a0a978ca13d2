package gt.observatorio.rules.maturity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gt.observatorio.engine.maturity.Criterion;
import gt.observatorio.engine.maturity.CriterionKind;
import gt.observatorio.engine.maturity.MaturityLevel;
import gt.observatorio.engine.maturity.MaturityModel;
import gt.observatorio.rules.maturity.MaturityModelException.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MaturityModelLoaderTest {
  private final MaturityModelLoader loader = new MaturityModelLoader();

  static String builtInText() throws IOException {
    try (InputStream in = MaturityModelLoader.class.getClassLoader().getResourceAsStream(MaturityModelLoader.BUILT_IN)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theBuiltInModelHasFiveNamedLevelsFiveDimensionsAndSourcedCriteria() {
    MaturityModel m = loader.builtIn();
    assertThat(m.levels()).extracting(MaturityLevel::id)
        .containsExactly("inicial", "en-desarrollo", "definido", "gestionado", "optimizado");
    assertThat(m.dimensions()).hasSizeGreaterThanOrEqualTo(5);
    assertThat(m.contentHash()).matches("[0-9a-f]{64}");
    Set<String> sources = m.sources().stream().map(s -> s.id()).collect(Collectors.toSet());
    assertThat(sources).contains("odm", "odin", "gdb", "plan-accion-6", "decreto-57-2008");
    for (var d : m.dimensions()) {
      for (int level = 2; level <= 5; level++) {
        int l = level;
        assertThat(m.criteria(d.id())).as("dimension %s level %d", d.id(), l).anyMatch(c -> c.level() == l);
      }
    }
    for (Criterion c : m.criteria()) {
      assertThat(c.title().es()).isNotBlank();
      assertThat(c.rationale().en()).isNotBlank();
      assertThat(c.sources()).isNotEmpty();
      assertThat(c.kind() == CriterionKind.ANSWERED ? c.question() : c.check()).isNotNull();
    }
    assertThat(m.criteria()).extracting(Criterion::check).contains("quality.score", "quality.trend",
        "quality.freshness", "laip.current", "catalog.reachable", "plan.activities", "key-datasets.coverage",
        "key-datasets.plan-duties");
    assertThat(m.keyDatasets()).filteredOn(k -> k.duty()).extracting(k -> k.institutions().get(0))
        .contains("SESAN", "MSPAS", "MINGOB", "MINTRAB", "CONAMIGUA");
  }

  @Test
  void theHashIgnoresCommentsAndLayoutButNotContent() throws IOException {
    String text = builtInText();
    String hash = loader.load("a.yaml", bytes(text)).contentHash();
    assertThat(loader.load("b.yaml", bytes("# another comment\n" + text)).contentHash()).isEqualTo(hash);
    assertThat(loader.load("c.yaml", bytes(text.replace("params: {min: 40}", "params: {min: 45}"))).contentHash())
        .isNotEqualTo(hash);
  }

  static Stream<Arguments> brokenModels() {
    String key = " (criteria 'calidad.puntaje-40')";
    return Stream.of(
        Arguments.of("unknown criterion check", "check: quality.score\n    params: {min: 40}",
            "check: quality.nope\n    params: {min: 40}", "/criteria/12/check" + key,
            "unknown criterion check 'quality.nope'"),
        Arguments.of("missing label", "title: {es: \"Puntaje medio de calidad de al menos 40\", en: \"Mean quality score of at least 40\"}",
            "title: {es: \"Puntaje medio de calidad de al menos 40\"}", "/criteria/12/title" + key, "missing label 'en'"),
        Arguments.of("bad level above the scale", "level: 2\n    kind: automatic\n    check: quality.score\n    params: {min: 40}",
            "level: 7\n    kind: automatic\n    check: quality.score\n    params: {min: 40}", "/criteria/12/level" + key,
            "bad level: must have a maximum value of 5"),
        Arguments.of("unknown parameter", "params: {min: 40}", "params: {minimum: 40}",
            "/criteria/12/params/minimum" + key, "unknown parameter 'minimum'"),
        Arguments.of("unknown dimension", "dimension: calidad\n    level: 2\n    kind: automatic\n    check: quality.score\n    params: {min: 40}",
            "dimension: calidez\n    level: 2\n    kind: automatic\n    check: quality.score\n    params: {min: 40}",
            "/criteria/12/dimension" + key, "unknown dimension 'calidez'"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenModels")
  void anInvalidModelNamesFileLineKeyAndReason(String name, String from, String to, String key, String reason)
      throws IOException {
    String text = builtInText();
    String broken = text.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to));
    assertThat(broken).as("fixture edit applies").isNotEqualTo(text);
    assertThatThrownBy(() -> loader.load("roto.yaml", bytes(broken)))
        .isInstanceOfSatisfying(MaturityModelException.class, e -> {
          Problem p = e.problems().get(0);
          assertThat(p.file()).isEqualTo("roto.yaml");
          assertThat(p.line()).isGreaterThan(0);
          assertThat(p.key()).isEqualTo(key);
          assertThat(p.reason()).contains(reason);
          assertThat(e.getMessage()).startsWith("roto.yaml:" + p.line() + ": " + key + ": ");
        });
  }

  @Test
  void aLevelMissingFromTheScaleIsABadLevel() throws IOException {
    String broken = builtInText().replaceFirst("  - \\{number: 3, id: definido.*\\n", "");
    assertThatThrownBy(() -> loader.load("huecos.yaml", bytes(broken)))
        .isInstanceOf(MaturityModelException.class)
        .hasMessageContaining("huecos.yaml:").hasMessageContaining("bad level");
  }

  @Test
  void anAnsweredCriterionNeedsItsQuestion() throws IOException {
    String broken = builtInText().replaceFirst("    question: \\{es: \"¿La institución ha designado.*\\n", "");
    assertThatThrownBy(() -> loader.load("q.yaml", bytes(broken)))
        .isInstanceOf(MaturityModelException.class)
        .hasMessageContaining("(criteria 'politica.responsable'): missing label 'question'");
  }

  @Test
  void notYamlIsReportedWithItsLine() {
    assertThatThrownBy(() -> loader.load("x.yaml", bytes("id: [unclosed\nversion: 1")))
        .isInstanceOf(MaturityModelException.class).hasMessageStartingWith("x.yaml:").hasMessageContaining("not valid YAML");
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
