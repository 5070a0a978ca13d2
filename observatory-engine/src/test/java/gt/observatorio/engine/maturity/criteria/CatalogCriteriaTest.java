package gt.observatorio.engine.maturity.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import gt.observatorio.engine.maturity.CheckOutcome;
import gt.observatorio.engine.maturity.CriterionStatus;
import gt.observatorio.engine.maturity.Evidence;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CatalogCriteriaTest {
  @ParameterizedTest(name = "latest crawls [{0}] with minSources {1} is {2}")
  @CsvSource({
      "succeeded,          1, MET",
      "partial:3,          1, MET",
      "partial:0,          1, NOT_MET",
      "failed,             1, NOT_MET",
      "'',                 1, NOT_MET",
      "succeeded failed,   2, NOT_MET",
      "succeeded partial:2, 2, MET",
      "never,              1, NOT_MET"})
  void catalogReachableCountsSourcesReadInTheirLatestCrawl(String states, double min, CriterionStatus expected) {
    Evidence e = Evidence.of();
    int i = 0;
    for (String s : states.isBlank() ? new String[0] : states.trim().split("\\s+")) {
      String[] p = s.split(":");
      e.catalog("https://portal.example.test/" + i++, "never".equals(p[0]) ? null : p[0],
          p.length > 1 ? Integer.parseInt(p[1]) : 5);
    }
    CheckOutcome o = new CatalogReachable().evaluate(e.input(null),
        Evidence.criterion("catalog.reachable", Map.of("minSources", min)));
    assertThat(o.status()).isEqualTo(expected);
    if (expected == CriterionStatus.MET) {
      assertThat(o.evidence()).isNotEmpty().allMatch(u -> u.startsWith("https://portal.example.test/"));
    }
  }

  @ParameterizedTest(name = "{0} datasets against min {1} is {2}")
  @CsvSource({"0, 5, NOT_MET", "4, 5, NOT_MET", "5, 5, MET", "25, 20, MET"})
  void datasetCountMeetsItsMinimum(int datasets, double min, CriterionStatus expected) {
    CheckOutcome o = new DatasetCount().evaluate(Evidence.of().datasets(datasets).input(null),
        Evidence.criterion("catalog.datasets", Map.of("min", min)));
    assertThat(o.status()).isEqualTo(expected);
  }
}
