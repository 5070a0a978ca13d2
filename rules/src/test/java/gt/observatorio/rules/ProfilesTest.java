package gt.observatorio.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gt.observatorio.engine.config.ConfigLoader;
import gt.observatorio.rules.api.Dimension;
import gt.observatorio.engine.port.Scorer;
import gt.observatorio.rules.ruleset.RuleSetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfilesTest {
  @Test
  void theObservatorioProfileIsBuiltInAndVersioned() {
    assertThat(Profiles.available()).contains("observatorio");
    Scorer s = Profiles.load("observatorio", Optional.empty());
    assertThat(s.ruleSet().id()).isEqualTo("observatorio");
    assertThat(s.ruleSet().profile()).isEqualTo("observatorio");
    assertThat(s.ruleSet().version()).isNotBlank();
    assertThat(s.ruleSet().contentHash()).matches("[0-9a-f]{64}");
  }

  @Test
  void theObservatorioProfileHasAtLeastTwoRulesPerDimensionAndWeighsThemEqually() {
    var def = Profiles.definition("observatorio", Optional.empty());
    for (Dimension d : Dimension.values()) {
      assertThat(def.rules().stream().filter(r -> r.dimension().equals(d.id())).count()).as(d.id()).isGreaterThanOrEqualTo(2);
      assertThat(def.dimensionWeights().get(d.id())).isEqualTo(20.0);
    }
  }

  @Test
  void aUserFileWithTheSameNameOverridesTheBuiltInProfileRuleByRule(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("observatorio.yaml"), """
        id: observatorio-gt
        profile: observatorio
        version: "1.0.0-gt"
        extends: observatorio
        rules:
          - {id: metadata.keywords, params: {minCount: 1}}
          - {id: format.matches-content, enabled: false}
        """);
    Scorer user = Profiles.load("observatorio", Optional.of(dir));
    Scorer builtIn = Profiles.load("observatorio", Optional.empty());
    assertThat(user.ruleSet().id()).isEqualTo("observatorio-gt");
    assertThat(user.ruleSet().contentHash()).isNotEqualTo(builtIn.ruleSet().contentHash());
    assertThat(Profiles.definition("observatorio", Optional.of(dir)).rules())
        .noneMatch(r -> r.rule().id().equals("format.matches-content"));
  }

  @Test
  void aUserDirectoryAddsProfiles(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("solo-licencias.yaml"), """
        id: solo-licencias
        profile: solo-licencias
        version: "1"
        scoring: {method: points}
        rules:
          - {id: licensing.open, weight: 10}
        """);
    assertThat(Profiles.available(Optional.of(dir))).contains("observatorio", "solo-licencias");
    assertThat(Profiles.load("solo-licencias", Optional.of(dir)).ruleSet().version()).isEqualTo("1");
  }

  @Test
  void aBrokenUserFileFailsNamingTheFileAndLine(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("roto.yaml"), "id: roto\nprofile: roto\nversion: \"1\"\nscoring: {method: points}\nrules:\n  - {id: no.such.rule, weight: 1}\n");
    assertThatThrownBy(() -> Profiles.load("roto", Optional.of(dir)))
        .isInstanceOf(RuleSetException.class)
        .hasMessageContaining("roto.yaml:6: rule 'no.such.rule': unknown rule id");
  }

  @Test
  void anUnknownProfileNamesTheAvailableOnes() {
    assertThatThrownBy(() -> Profiles.load("nope", Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("observatorio");
  }

  @Test
  void theRulesSectionBindsFromTheDocumentedDefaultsAndTheEnvironment() {
    ConfigLoader c = ConfigLoader.load(List.of(RulesConfig.DEFAULTS_RESOURCE), Optional.empty(),
        Map.of("OBSERVATORY_RULES_USER_DIR", "/srv/reglas"));
    RulesConfig rc = c.bind(RulesConfig.SECTION, RulesConfig.class);
    assertThat(rc.defaultProfile()).isEqualTo("observatorio");
    assertThat(rc.userDirPath()).contains(Path.of("/srv/reglas"));
  }
}
