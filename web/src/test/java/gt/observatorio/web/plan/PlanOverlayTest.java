package gt.observatorio.web.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gt.observatorio.engine.config.ConfigException;
import gt.observatorio.engine.compliance.ActionPlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A user plan file overlays the shipped plan by id, and is validated with the file, the key and the reason. */
class PlanOverlayTest {
  @TempDir Path dir;

  private String file(String yaml) throws IOException {
    Path p = dir.resolve("plan-usuario.yaml");
    Files.writeString(p, yaml.replace("\\n", "\n"));
    return p.toString();
  }

  @Test
  void theUserFileChangesEvidenceUrlsResponsiblesAndDatesAndKeepsTheRest() throws IOException {
    ActionPlan plan = ActionPlanLoader.load(file("plan:\\n  commitments:\\n    - id: c6\\n      activities:\\n"
        + "        - id: c6-a2\\n          responsible: [MINTRAB, INTECAP]\\n          extendedEnd: 2025-12\\n"
        + "          checks: [{id: mintrab-monthly-report, url: 'https://ejemplo.gob.gt/informes'}]\\n"));
    ActionPlan.Activity a = plan.activity("c6-a2").orElseThrow();
    assertThat(a.responsible()).containsExactly("MINTRAB", "INTECAP");
    assertThat(a.due()).isEqualTo(YearMonth.of(2025, 12));
    assertThat(a.checks()).singleElement().satisfies(k -> {
      assertThat(k.url()).isEqualTo("https://ejemplo.gob.gt/informes");
      assertThat(k.kind()).isEqualTo("document-current");
    });
    ActionPlan shipped = ActionPlanLoader.load();
    assertThat(plan.activities()).hasSameSizeAs(shipped.activities());
    assertThat(plan.activity("c1-a1")).isEqualTo(shipped.activity("c1-a1"));
  }

  @Test
  void theUserFileSetsAnActivityStatusWithItsEvidenceAndAnEditorsLaterStatusStillWins() throws IOException {
    ActionPlan plan = ActionPlanLoader.load(file("plan:\n  commitments:\n    - id: c6\n"
        + "      supporting: [GAE, INTECAP]\n      activities:\n"
        + "        - id: c6-a2\n          status: completed\n"
        + "          evidenceUrls: ['https://ejemplo.gob.gt/informe-junio-2025.pdf']\n"
        + "        - id: c6-a3\n          status: in-progress\n          supporting: [INTECAP]\n"));
    assertThat(plan.commitments().get(5).supporting()).containsExactly("GAE", "INTECAP");
    YearMonth now = YearMonth.of(2026, 1);
    java.util.List<PlanProgress.ActivityState> states = PlanProgress.states(plan, java.util.Map.of(),
        java.util.List.of(), now);
    PlanProgress.ActivityState done = state(states, "c6-a2");
    assertThat(done.status()).isEqualTo("completed");
    assertThat(done.source()).isEqualTo("plan-file");
    assertThat(done.activity().evidenceUrls()).containsExactly("https://ejemplo.gob.gt/informe-junio-2025.pdf");
    assertThat(done.overdue()).as("past due but completed: not vencida").isFalse();
    PlanProgress.ActivityState going = state(states, "c6-a3");
    assertThat(going.status()).isEqualTo("in-progress");
    assertThat(going.overdue()).as("due December 2025, not completed: vencida in January 2026").isTrue();
    assertThat(going.activity().supporting()).containsExactly("INTECAP");
    assertThat(PlanProgress.owedBy(states, "MINTRAB")).extracting(s -> s.activity().id()).doesNotContain("c6-a2")
        .contains("c6-a3");
    var editor = new gt.observatorio.engine.domain.PlanManualStatus("c6-a2", "delayed", null, null, "GAE",
        java.time.Instant.parse("2026-01-05T00:00:00Z"));
    PlanProgress.ActivityState edited = state(PlanProgress.states(plan, java.util.Map.of("c6-a2", editor),
        java.util.List.of(), now), "c6-a2");
    assertThat(edited.status()).isEqualTo("delayed");
    assertThat(edited.source()).isEqualTo("editor");
    assertThat(edited.overdue()).isTrue();
    assertThat(state(PlanProgress.states(ActionPlanLoader.load(), java.util.Map.of(), java.util.List.of(), now),
        "c6-a2").source()).isEqualTo("none");
  }

  private static PlanProgress.ActivityState state(java.util.List<PlanProgress.ActivityState> states, String id) {
    return states.stream().filter(s -> s.activity().id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void noFileMeansTheShippedPlan() {
    assertThat(ActionPlanLoader.load("")).isEqualTo(ActionPlanLoader.load());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
    "unknown commitment | plan:\\n  commitments:\\n    - id: c9 | plan.commitments[0].id | no commitment 'c9'",
    "unknown activity   | plan:\\n  commitments:\\n    - id: c1\\n      activities:\\n        - id: c1-a9 | plan.commitments[0].activities[0].id | no activity 'c1-a9'",
    "unknown key        | plan:\\n  commitments:\\n    - id: c1\\n      activities:\\n        - id: c1-a1\\n          fin: 2025-01 | plan.commitments[0].activities[0].fin | unknown key",
    "bad month          | plan:\\n  commitments:\\n    - id: c1\\n      activities:\\n        - id: c1-a1\\n          end: junio 2025 | plan.commitments[0].activities[0].end | YYYY-MM",
    "bad url            | plan:\\n  commitments:\\n    - id: c6\\n      activities:\\n        - id: c6-a2\\n          checks: [{id: mintrab-monthly-report, url: 'informes.pdf'}] | plan.commitments[0].activities[0].checks[0].url | absolute http(s) URL",
    "bad status         | plan:\\n  commitments:\\n    - id: c6\\n      activities:\\n        - id: c6-a2\\n          status: terminada | plan.commitments[0].activities[0].status | must be one of",
    "bad evidence url   | plan:\\n  commitments:\\n    - id: c6\\n      activities:\\n        - id: c6-a2\\n          evidenceUrls: ['https://a.gob.gt/x', 'informe.pdf'] | plan.commitments[0].activities[0].evidenceUrls[1] | absolute http(s) URL",
    "supporting no list | plan:\\n  commitments:\\n    - id: c5\\n      supporting: CONAPREVI | plan.commitments[0].supporting | must be a list",
    "bad commitment day | plan:\\n  commitments:\\n    - id: c6\\n      end: 2024-06 | plan.commitments[0].end | YYYY-MM-DD",
    "no commitments     | plan: {} | plan.commitments | must list the commitments"})
  void aBrokenUserPlanNamesTheFileTheKeyAndTheReason(String name, String yaml, String key, String reason)
      throws IOException {
    String f = file(yaml);
    assertThatThrownBy(() -> ActionPlanLoader.load(f)).isInstanceOfSatisfying(ConfigException.class, e -> {
      assertThat(e.file()).isEqualTo(f);
      assertThat(e.key()).isEqualTo(key);
      assertThat(e.reason()).contains(reason);
    });
  }
}
