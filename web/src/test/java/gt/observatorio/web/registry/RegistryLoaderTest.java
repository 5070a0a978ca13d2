package gt.observatorio.web.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gt.observatorio.engine.config.ConfigException;
import gt.observatorio.engine.domain.Institution;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegistryLoaderTest {
  private static final String INSTITUTIONS = "institutions:\n  - { code: MINTRAB, name: Trabajo }\n";

  @Test
  void theShippedRegistryHoldsTheActionPlanInstitutionsAndTheNationalPortalAsASharedCatalog() {
    Registry r = RegistryLoader.shipped();
    assertThat(r.institutions()).extracting(Institution::code)
        .contains("MINTRAB", "MSPAS", "MINEDUC", "SESAN", "CONAMIGUA", "MINGOB", "SEPREM", "DEMI", "MIDES",
            "MAGA", "INTECAP", "SENACYT", "CONAPREVI", "GAE", "CPCC", "INAP");
    assertThat(r.source("datos-gob-gt")).get().satisfies(s -> {
      assertThat(s.kind()).isEqualTo("ckan");
      assertThat(s.url().getHost()).isEqualTo("datos.gob.gt");
      assertThat(s.shared()).isTrue();
    });
    assertThat(r.sources()).allSatisfy(s -> assertThat(s.cron()).isNotBlank());
  }

  @Test
  void theShippedRegistryPassesItsOwnAuditWithTheWholeExecutiveAndEvidenceEverywhere() {
    Registry r = RegistryLoader.shipped();
    assertThat(RegistryAudit.gaps(r)).isEmpty();
    assertThat(r.institutions()).hasSizeGreaterThanOrEqualTo(40);
    assertThat(r.institutions()).filteredOn(i -> "ministerio".equals(i.type())).extracting(Institution::code)
        .containsExactlyInAnyOrder("MAGA", "CIV", "MINECO", "MINEDUC", "MEM", "MINFIN", "MINGOB", "MINDEF",
            "MSPAS", "MINTRAB", "MCD", "MARN", "MINEX", "MIDES");
    assertThat(r.institutions()).allSatisfy(i -> assertThat(r.institutionEvidence(i.code())).get()
        .satisfies(e -> assertThat(e.read()).isNotNull()));
    assertThat(r.sources()).allSatisfy(s -> assertThat(r.sourceEvidence(s.id())).isPresent());
  }

  @Test
  void anInstitutionWithoutAKnownWebsiteSaysItWasNotFoundAndAKnownOneHasItsArticle10Source() {
    Registry r = RegistryLoader.shipped();
    assertThat(r.institutions()).filteredOn(i -> i.website() == null).isNotEmpty().allSatisfy(i ->
        assertThat(r.institutionEvidence(i.code()).orElseThrow().note()).as(i.code()).contains("no encontrado / not found"));
    assertThat(r.institution("MINTRAB").orElseThrow().website()).isNotNull();
    assertThat(r.sources()).anyMatch(s -> "MINTRAB".equals(s.institutionCode()) && "laip".equals(s.kind()));
  }

  @Test
  void theCommissionAgainstCorruptionReplacesThePresidentialOneSince2024() {
    Institution cnc = RegistryLoader.shipped().institution("CNC").orElseThrow();
    assertThat(cnc.lineage()).isEqualTo(new Institution.Lineage("CPCC", LocalDate.of(2024, 2, 14)));
  }

  @Test
  void theAuditNamesWhatARegistryLacks() {
    Registry r = RegistryLoader.parse(("institutions:\n"
        + "  - { code: AAA, name: A, website: 'https://a.gob.gt/' }\n"
        + "  - { code: BBB, name: B, evidence: { page: 'https://x.gt/p', read: 2026-12-05, note: visto } }\n"
        + "sources:\n  - { id: a-web, institution: AAA, url: 'https://a.gob.gt/' }\n")
        .getBytes(StandardCharsets.UTF_8), "r.yaml");
    assertThat(RegistryAudit.gaps(r)).anyMatch(g -> g.startsWith("AAA: sin evidencia"))
        .anyMatch(g -> g.startsWith("AAA: sitio conocido sin fuente laip"))
        .anyMatch(g -> g.startsWith("a-web: fuente sin evidencia"))
        .noneMatch(g -> g.startsWith("BBB"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
    "replaces an unknown code | institutions:\\n  - { code: AAA, name: A, replaces: { code: ZZZ } }                 | institutions[0].replaces.code | must name another institution",
    "replaces itself         | institutions:\\n  - { code: AAA, name: A, replaces: { code: AAA } }                  | institutions[0].replaces.code | must name another institution",
    "a cycle                 | institutions:\\n  - { code: AAA, name: A, replaces: { code: BBB } }\\n  - { code: BBB, name: B, replaces: { code: AAA } } | institutions[0].replaces.code | cycle",
    "a bad date              | institutions:\\n  - { code: AAA, name: A }\\n  - { code: BBB, name: B, replaces: { code: AAA, since: 14/02/2024 } } | institutions[1].replaces.since | YYYY-MM-DD",
    "evidence without a date | institutions:\\n  - { code: AAA, name: A, evidence: { page: 'https://x.gt/' } }   | institutions[0].evidence.read | is required",
    "evidence with nothing   | institutions:\\n  - { code: AAA, name: A, evidence: { read: 2026-12-05 } }          | institutions[0].evidence | needs the page",
    "a relative website      | institutions:\\n  - { code: AAA, name: A, website: 'a.gob.gt' }                    | institutions[0].website | absolute http(s) URL",
    "a shared alias          | institutions:\\n  - { code: AAA, name: Uno, aliases: [Salud] }\\n  - { code: BBB, name: Dos, aliases: ['SALUD.'] } | institutions | 'salud' names more than one institution",
    "organization off ckan   | institutions:\\n  - { code: AAA, name: A }\\nsources:\\n  - { id: a, institution: AAA, url: 'https://x.gt/', kind: dcat, organization: o } | sources[0].organization | only a source of kind ckan"})
  void aBrokenLineEvidenceOrNameIsRejectedWithItsKey(String name, String yaml, String key, String reason) {
    assertThatThrownBy(() -> RegistryLoader.parse(yaml.replace("\\n", "\n").getBytes(StandardCharsets.UTF_8), "r.yaml"))
        .isInstanceOfSatisfying(ConfigException.class, e -> {
          assertThat(e.key()).isEqualTo(key);
          assertThat(e.reason()).contains(reason);
        });
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

  @Test
  void aCronMoreFrequentThanTheConfiguredMinimumIsRefusedWithFileKeyAndReasonAndAcceptedWithoutAMinimum(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
    java.nio.file.Path file = dir.resolve("r.yaml");
    java.nio.file.Files.writeString(file, INSTITUTIONS
        + "sources:\n  - { id: a, institution: MINTRAB, url: 'https://x.gt/', cron: '0 */30 * * * ?' }\n");
    assertThatThrownBy(() -> RegistryLoader.load(file.toString(), scheduler(3600)))
        .isInstanceOfSatisfying(ConfigException.class, e -> {
          assertThat(e.file()).isEqualTo(file.toString());
          assertThat(e.key()).isEqualTo("sources[0].cron");
          assertThat(e.reason()).contains("cada 30 min").contains("every 30 min").contains("1 h");
        });
    assertThat(RegistryLoader.load(file.toString(), scheduler(1800)).sources()).hasSize(1);
    assertThat(RegistryLoader.load(file.toString(), scheduler(0)).sources()).hasSize(1);
  }

  @Test
  void theShippedRegistryHonoursTheDefaultMinimumInterval() {
    assertThat(RegistryLoader.load(null, scheduler(3600)).sources()).isNotEmpty();
  }

  private static gt.observatorio.engine.schedule.SchedulerConfig scheduler(long minSeconds) {
    return new gt.observatorio.engine.schedule.SchedulerConfig(true, false, 1, "America/Guatemala", null, 0, 0,
        minSeconds);
  }

  @Test
  void contactsAreReadForDigestsAndABadAddressIsRefusedWithItsKey() {
    Registry r = RegistryLoader.parse(("institutions:\n"
        + "  - { code: AAA, name: A, contacts: ['datos@a.gob.test'] }\n  - { code: BBB, name: B }\n")
        .getBytes(StandardCharsets.UTF_8), "r.yaml");
    assertThat(r.contacts()).containsExactly(java.util.Map.entry("AAA", java.util.List.of("datos@a.gob.test")));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> RegistryLoader.parse(
        "institutions:\n  - { code: AAA, name: A, contacts: ['no es correo'] }\n".getBytes(StandardCharsets.UTF_8),
        "r.yaml")).hasMessageContaining("institutions[0].contacts[0]");
  }
}
