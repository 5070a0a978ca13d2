package gt.observatorio.web.plan;

import static org.assertj.core.api.Assertions.assertThat;

import gt.observatorio.engine.compliance.ActionPlan;
import gt.observatorio.engine.domain.Institution;
import gt.observatorio.web.registry.RegistryLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The shipped plan file against the 6th action plan (shared/seed): each fact below was read in the seed's
 * "Temporality of Commitment", "Engagement Manager", "Responsible" and "Expected Results" cells.
 */
class PlanSeedFactsTest {
  private static final LocalDate START = LocalDate.of(2023, 6, 30);
  private final ActionPlan plan = ActionPlanLoader.load();

  private ActionPlan.Commitment commitment(String id) {
    return plan.commitments().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void commitmentsOneToFiveRunFromJune2023ToJanuary2024ExtendedToJune2025AndSixEndsJune2024() {
    for (String id : new String[] {"c1", "c2", "c3", "c4", "c5"}) {
      ActionPlan.Commitment c = commitment(id);
      assertThat(c.start()).as(id).isEqualTo(START);
      assertThat(c.end()).as(id).isEqualTo(LocalDate.of(2024, 1, 14));
      assertThat(c.extendedEnd()).as(id).isEqualTo(LocalDate.of(2025, 6, 30));
    }
    ActionPlan.Commitment six = commitment("c6");
    assertThat(six.start()).isEqualTo(START);
    assertThat(six.end()).isEqualTo(LocalDate.of(2024, 6, 30));
    assertThat(six.extendedEnd()).isNull();
    assertThat(six.due()).isEqualTo(LocalDate.of(2024, 6, 30));
  }

  @Test
  void eachCommitmentNamesItsManagerAndTheBodiesSupportingIt() {
    assertThat(commitment("c1").manager()).isEqualTo("GAE");
    assertThat(commitment("c1").supporting()).isEmpty();
    assertThat(commitment("c2").manager()).isEqualTo("SESAN");
    assertThat(commitment("c3").manager()).isEqualTo("MSPAS");
    assertThat(commitment("c3").supporting()).containsExactly("MINEDUC");
    assertThat(commitment("c4").manager()).isEqualTo("CONAMIGUA");
    assertThat(commitment("c4").supporting()).containsExactly("CEIDEPAZ", "MMM");
    assertThat(commitment("c5").manager()).isEqualTo("MINGOB");
    assertThat(commitment("c5").supporting()).containsExactly("CONAPREVI", "SEPREM", "DEMI");
    assertThat(commitment("c6").manager()).isEqualTo("MINTRAB");
    assertThat(commitment("c6").supporting()).containsExactly("GAE");
  }

  @Test
  void commitmentThreeIsMspasResponsibilityWithMineducSupporting() {
    assertThat(commitment("c3").activities()).allSatisfy(a -> {
      assertThat(a.responsible()).containsExactly("MSPAS");
      assertThat(a.supporting()).contains("MINEDUC");
    });
  }

  @Test
  void activityDatesFollowTheSeed() {
    assertThat(plan.activity("c1-a4").orElseThrow()).satisfies(a -> {
      assertThat(a.start()).isEqualTo(YearMonth.of(2023, 7));
      assertThat(a.end()).isEqualTo(YearMonth.of(2024, 8));
      assertThat(a.extendedEnd()).isEqualTo(YearMonth.of(2025, 6));
    });
    assertThat(plan.activity("c6-a2").orElseThrow().end()).as("the seed gives only '(30 June 2025)'").isNull();
    assertThat(plan.activity("c6-a4").orElseThrow().end()).isEqualTo(YearMonth.of(2024, 6));
    assertThat(plan.activity("c6-a3").orElseThrow().end()).isEqualTo(YearMonth.of(2025, 12));
    assertThat(commitment("c4").activities()).allSatisfy(a -> assertThat(a.start()).isEqualTo(YearMonth.of(2023, 6)));
  }

  @Test
  void commitmentOneActivityFourKeepsItsFourExpectedResultsAndCommitmentTwoInventsNone() {
    assertThat(plan.activity("c1-a4").orElseThrow().expectedResult().en())
        .contains("Report on the exercise of access to public information by civil organizations")
        .contains("Training and technical assistance to civil organizations involved")
        .contains("Training for Public Information Units of the Executive Branch")
        .contains("Dissemination of results");
    assertThat(commitment("c2").activities()).allSatisfy(a -> {
      assertThat(a.expectedResult().es()).isEmpty();
      assertThat(a.expectedResult().en()).isEmpty();
    });
  }

  @Test
  void everyPublicBodyThePlanNamesIsInTheRegistry() {
    Set<String> codes = RegistryLoader.shipped().institutions().stream().map(Institution::code)
        .collect(Collectors.toSet());
    Set<String> named = plan.commitments().stream().flatMap(c -> Stream.concat(Stream.concat(Stream.of(c.manager()),
        c.supporting().stream()), c.activities().stream().flatMap(a -> Stream.concat(a.responsible().stream(),
        a.supporting().stream())))).collect(Collectors.toSet());
    // CEIDEPAZ is a civil-society organisation the plan names with CONAMIGUA; the registry holds public bodies.
    named.remove("CEIDEPAZ");
    assertThat(codes).containsAll(named);
  }

  /** Where the seed is beside the repository, the English texts the plan file quotes are the seed's own. */
  @Test
  void theQuotedResultsAppearInTheSeedWhenItIsAtHand() throws IOException {
    Path seed = Stream.of("../shared/seed", "../../shared/seed", "/work/shared/seed").map(Path::of)
        .map(p -> p.resolve("plan-accion-6-gobierno-abierto-2023-2025.txt")).filter(Files::isRegularFile)
        .findFirst().orElse(null);
    Assumptions.assumeTrue(seed != null, "the seed is not beside the repository");
    String text = Files.readString(seed).replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    assertThat(text).contains("30.6.2023 / 14.1.2024 30.6.2025").contains("30.6.2023 / 30.6.2024")
        .contains("training and technical assistance to civil organizations involved")
        .contains("analysis of institutional plans and rethinking");
    for (String quoted : plan.activity("c1-a4").orElseThrow().expectedResult().en().split("\\. ")) {
      assertThat(text).contains(quoted.replaceAll("\\.$", "").toLowerCase(java.util.Locale.ROOT));
    }
  }
}
