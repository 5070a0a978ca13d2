package gt.observatorio.web.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gt.observatorio.engine.config.ConfigException;
import gt.observatorio.engine.domain.Institution;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegistryLoaderTest {
  private static final String INSTITUTIONS = "institutions:\n  - { code: MINTRAB, name: Trabajo }\n";

  @Test
  void theShippedRegistryHoldsTheActionPlanInstitutionsAndTheNationalPortal() {
    Registry r = RegistryLoader.shipped();
    assertThat(r.institutions()).extracting(Institution::code)
        .contains("MINTRAB", "MSPAS", "MINEDUC", "SESAN", "CONAMIGUA", "MINGOB", "SEPREM", "DEMI", "MIDES",
            "MAGA", "INTECAP", "SENACYT");
    assertThat(r.source("gae-datos-gob-gt")).get().satisfies(s -> {
      assertThat(s.kind()).isEqualTo("ckan");
      assertThat(s.url().getHost()).isEqualTo("datos.gob.gt");
    });
    assertThat(r.sources()).allSatisfy(s -> assertThat(s.cron()).isNotBlank());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "unknown key             | sources:\\n  - { id: a, institution: MINTRAB, url: 'https://x.gt/', kynd: ckan }| sources[0].kynd | Unrecognized field",
    "unknown kind            | sources:\\n  - { id: a, institution: MINTRAB, url: 'https://x.gt/', kind: ftp }| sources[0].kind | unknown source kind 'ftp'",
    "unknown institution     | sources:\\n  - { id: a, institution: NOPE, url: 'https://x.gt/' }            | sources[0].institution | unknown institution 'NOPE'",
    "relative url            | sources:\\n  - { id: a, institution: MINTRAB, url: '/datos' }                | sources[0].url | absolute http(s) URL",
    "bad cron                | sources:\\n  - { id: a, institution: MINTRAB, url: 'https://x.gt/', cron: 'every monday' } | sources[0].cron | not a valid Quartz cron",
    "duplicate source id     | sources:\\n  - { id: a, institution: MINTRAB, url: 'https://x.gt/' }\\n  - { id: a, institution: MINTRAB, url: 'https://y.gt/' } | sources[1].id | duplicate source id",
    "missing url             | sources:\\n  - { id: a, institution: MINTRAB }                                  | sources[0].url | is required"})
  void aMalformedRegistryNamesTheFileTheKeyAndTheReason(String name, String sources, String key, String reason) {
    byte[] yaml = (INSTITUTIONS + sources.replace("\\n", "\n")).getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> RegistryLoader.parse(yaml, "mi-registro.yaml"))
        .isInstanceOfSatisfying(ConfigException.class, e -> {
          assertThat(e.file()).isEqualTo("mi-registro.yaml");
          assertThat(e.key()).isEqualTo(key);
          assertThat(e.reason()).contains(reason);
        });
  }

  @Test
  void aDuplicateInstitutionCodeIsRejected() {
    byte[] yaml = "institutions:\n  - { code: MSPAS, name: A }\n  - { code: MSPAS, name: B }\n".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> RegistryLoader.parse(yaml, "r.yaml"))
        .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.key()).isEqualTo("institutions[1].code"));
  }

  @Test
  void notYamlAtAllIsReportedWithTheFile() {
    byte[] yaml = "institutions: [ {".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> RegistryLoader.parse(yaml, "r.yaml"))
        .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.file()).isEqualTo("r.yaml"));
  }
}
