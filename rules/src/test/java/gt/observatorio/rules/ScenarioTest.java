package gt.observatorio.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.DatasetSnapshot;
import gt.observatorio.engine.domain.Finding;
import gt.observatorio.engine.domain.ProbeResult;
import gt.observatorio.engine.domain.RuleOutcome;
import gt.observatorio.rules.api.Rule;
import gt.observatorio.rules.api.RuleParams;
import gt.observatorio.rules.api.RuleRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Table-driven tests of every rule: each rule has a scenario file
 * {@code scenarios/<rule-id>.yaml} whose cases give a dataset, its probes and the expected
 * points, measured flag and findings.
 */
class ScenarioTest {
  static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
      .registerModule(new JavaTimeModule())
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  record ExpectedFinding(String severity, String evidence, String observed) {}

  record Expect(Double fraction, Boolean measured, List<ExpectedFinding> findings) {}

  record Case(String name, Dataset dataset, List<ProbeResult> probes, Map<String, Object> params,
      Expect expect) {}

  record Scenario(String rule, Instant asOf, Map<String, Object> params, List<Case> cases) {}

  static Stream<Arguments> cases() throws IOException, URISyntaxException {
    List<Arguments> out = new ArrayList<>();
    for (Path file : scenarioFiles()) {
      Scenario s;
      try (InputStream in = Files.newInputStream(file)) {
        s = YAML.readValue(in, Scenario.class);
      }
      for (Case c : s.cases()) {
        out.add(Arguments.of(s.rule() + ": " + c.name(), s, c));
      }
    }
    return out.stream();
  }

  static List<Path> scenarioFiles() throws IOException, URISyntaxException {
    Path dir = Path.of(ScenarioTest.class.getClassLoader().getResource("scenarios").toURI());
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().collect(Collectors.toList());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void ruleGivesTheExpectedPointsAndFindings(String name, Scenario s, Case c) {
    Rule rule = RuleRegistry.all().get(s.rule());
    assertThat(rule).as("rule %s is registered", s.rule()).isNotNull();
    Map<String, Object> params = new java.util.HashMap<>();
    if (s.params() != null) {
      params.putAll(s.params());
    }
    if (c.params() != null) {
      params.putAll(c.params());
    }
    Map<String, ProbeResult> probes = new java.util.HashMap<>();
    if (c.probes() != null) {
      c.probes().forEach(p -> probes.put(p.url(), p));
    }
    RuleOutcome o = rule.evaluate(new DatasetSnapshot(c.dataset(), probes, s.asOf()), RuleParams.of(rule, params));

    assertThat(o.ruleId()).isEqualTo(rule.id());
    assertThat(o.dimension()).isEqualTo(rule.dimension().id());
    Expect e = c.expect();
    assertThat(o.measured()).as("measured").isEqualTo(e.measured() == null || e.measured());
    if (e.fraction() != null) {
      assertThat(o.maxPoints()).isPositive();
      assertThat(o.points() / o.maxPoints()).as("fraction of points").isCloseTo(e.fraction(), within(1e-9));
    }
    List<ExpectedFinding> expected = e.findings() == null ? List.of() : e.findings();
    assertThat(o.findings()).as("findings %s", o.findings()).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      Finding f = o.findings().get(i);
      ExpectedFinding x = expected.get(i);
      assertThat(f.ruleId()).isEqualTo(rule.id());
      assertThat(f.message().es()).isNotBlank();
      assertThat(f.message().en()).isNotBlank();
      assertThat(f.advice()).isNotNull();
      if (x.severity() != null) {
        assertThat(f.severity().name()).isEqualTo(x.severity());
      }
      if (x.evidence() != null) {
        assertThat(f.evidence()).contains(x.evidence());
      }
      if (x.observed() != null) {
        assertThat(f.observed()).contains(x.observed());
      }
    }
  }

  @Test
  void everyRegisteredRuleHasAScenarioFile() throws Exception {
    List<String> files = scenarioFiles().stream()
        .map(p -> p.getFileName().toString().replace(".yaml", "")).collect(Collectors.toList());
    assertThat(files).containsAll(RuleRegistry.all().keySet());
  }
}
