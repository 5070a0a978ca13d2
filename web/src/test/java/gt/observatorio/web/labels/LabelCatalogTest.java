package gt.observatorio.web.labels;

import static org.assertj.core.api.Assertions.assertThat;

import gt.observatorio.crawler.CatalogKinds;
import gt.observatorio.engine.alerts.EventKind;
import gt.observatorio.engine.domain.LaipStatus;
import gt.observatorio.engine.domain.PlanManualStatus;
import gt.observatorio.engine.domain.ProbeOutcome;
import gt.observatorio.engine.domain.RunState;
import gt.observatorio.engine.domain.Severity;
import gt.observatorio.engine.domain.Text;
import gt.observatorio.engine.maturity.AnswerState;
import gt.observatorio.engine.maturity.CriterionKind;
import gt.observatorio.engine.maturity.CriterionStatus;
import gt.observatorio.rules.Profiles;
import gt.observatorio.rules.maturity.MaturityModelLoader;
import gt.observatorio.rules.ruleset.RuleSetDefinition;
import gt.observatorio.web.registry.RegistryLoader;
import gt.observatorio.web.registry.RegistryNames;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every code the observatory ships, of every kind a person may see, has a label in Spanish and in English in the
 * catalog served by {@code GET /api/v1/labels}: the codes are read from where they are defined (enums, harvesters,
 * rule sets, the shipped registry, the maturity model's key datasets), so a new code without a label fails here.
 */
class LabelCatalogTest {
  private static final List<RuleSetDefinition> RULE_SETS = Profiles.available().stream()
      .map(p -> Profiles.definition(p, Optional.empty())).toList();
  private static final RegistryNames NAMES = RegistryLoader.names(null);
  private static final LabelCatalog CATALOG = LabelCatalog.of(RULE_SETS, NAMES);

  /** Each kind with every code shipped of it. */
  static Stream<Arguments> shippedCodes() {
    List<Arguments> out = new ArrayList<>();
    out.add(Arguments.of("probeOutcome", Arrays.stream(ProbeOutcome.values()).map(ProbeOutcome::id).toList()));
    out.add(Arguments.of("severity", Arrays.stream(Severity.values()).map(s -> s.name().toLowerCase(Locale.ROOT)).toList()));
    out.add(Arguments.of("runState", Arrays.stream(RunState.values()).map(RunState::id).toList()));
    out.add(Arguments.of("sourceKind", CatalogKinds.ids()));
    out.add(Arguments.of("planStatus", Stream.concat(PlanManualStatus.STATUSES.stream(),
        Stream.of("evidence-current", "evidence-missing", "not-assessed")).toList()));
    out.add(Arguments.of("laipStatus", Arrays.stream(LaipStatus.values()).map(LaipStatus::id).toList()));
    out.add(Arguments.of("criterionStatus", Arrays.stream(CriterionStatus.values()).map(CriterionStatus::id).toList()));
    out.add(Arguments.of("criterionKind", Arrays.stream(CriterionKind.values()).map(CriterionKind::id).toList()));
    out.add(Arguments.of("answerState", Arrays.stream(AnswerState.values()).map(AnswerState::id).toList()));
    out.add(Arguments.of("eventKind", Arrays.stream(EventKind.values()).map(EventKind::name).toList()));
    out.add(Arguments.of("profile", Profiles.available()));
    out.add(Arguments.of("dimension", RULE_SETS.stream().flatMap(r -> r.dimensions().stream()).map(d -> d.id()).distinct().toList()));
    out.add(Arguments.of("rating", RULE_SETS.stream().flatMap(r -> r.rating().stream()).map(b -> b.id()).distinct().toList()));
    var registry = RegistryLoader.shipped();
    var keyDatasets = new MaturityModelLoader().builtIn().keyDatasets();
    out.add(Arguments.of("institutionType", Stream.concat(registry.institutions().stream().map(i -> i.type()),
        keyDatasets.stream().flatMap(k -> k.types().stream())).distinct().toList()));
    out.add(Arguments.of("sector", Stream.concat(registry.institutions().stream().map(i -> i.sector()),
        keyDatasets.stream().flatMap(k -> k.sectors().stream())).distinct().toList()));
    out.add(Arguments.of("starBasis", List.of("broken-link", "sniffed", "extension", "declared", "licence-not-open",
        "unknown")));
    out.add(Arguments.of("freshnessStatus", List.of("up_to_date", "due", "overdue", "delinquent")));
    out.add(Arguments.of("field", List.of("accessRights", "accessUrl", "accrualPeriodicity", "byteSize", "description",
        "downloadUrl", "format", "issued", "keywords", "license", "mediaType", "modified", "rights", "title", "url",
        "content", "distributions", "organization", "periodicity", "property", "description length", "tables read",
        "distributions with licence")));
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shippedCodes")
  void everyShippedCodeHasASpanishAndAnEnglishLabel(String kind, List<String> codes) {
    assertThat(codes).as("codes of " + kind).isNotEmpty();
    for (String code : codes) {
      Text label = CATALOG.label(kind, code);
      assertThat(label).as(kind + " '" + code + "' has a label").isNotNull();
      assertThat(label.es()).as(kind + " '" + code + "' in Spanish").isNotBlank();
      assertThat(label.en()).as(kind + " '" + code + "' in English").isNotBlank();
    }
  }

  @Test
  void theRegistrysOwnNamesAreTheLabelsOfItsSectors() {
    assertThat(CATALOG.label("sector", "seguridad-alimentaria")).isEqualTo(NAMES.sectors().get("seguridad-alimentaria"));
    assertThat(CATALOG.label("sector", "seguridad-alimentaria").es()).isEqualTo("Seguridad alimentaria y nutricional");
  }

  @Test
  void theJsonCarriesEveryKindWithSpanishAndEnglish() {
    var json = CATALOG.json().getJsonObject("kinds");
    assertThat(json.fieldNames()).containsAll(CATALOG.kinds().keySet());
    assertThat(json.getJsonObject("rating").getJsonObject("basico").getString("es")).isEqualTo("Básico");
    assertThat(json.getJsonObject("probeOutcome").getJsonObject("client_error").getString("en"))
        .isEqualTo("client error: not found or forbidden");
  }

  @Test
  void aCodeWithoutALabelIsAbsentNotInvented() {
    assertThat(CATALOG.label("sector", "no-such-sector")).isNull();
    assertThat(CATALOG.label("no-such-kind", "x")).isNull();
  }
}
