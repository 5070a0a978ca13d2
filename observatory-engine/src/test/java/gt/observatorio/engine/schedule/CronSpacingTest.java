package gt.observatorio.engine.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.TimeZone;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CronSpacingTest {
  private static final TimeZone GT = TimeZone.getTimeZone("America/Guatemala");

  @ParameterizedTest(name = "{0} → {1} s")
  @CsvSource(delimiter = '|', value = {
      "* * * * * ?        | 1", "0 * * * * ?        | 60", "0 0/30 * * * ?     | 1800", "0 0 * * * ?        | 3600",
      "0 0 3 ? * MON      | 604800", "0 0,1 3 * * ?      | 60", "0 0 3 1 * ?        | 2419200"})
  void theShortestGapBetweenFires(String cron, long seconds) throws Exception {
    assertThat(CronSpacing.shortestGap(cron, GT, Instant.parse("2026-01-05T00:00:00Z")))
        .contains(Duration.ofSeconds(seconds));
  }

  @ParameterizedTest(name = "{0} too frequent: {1}")
  @CsvSource(delimiter = '|', value = {"* * * * * ? | true", "0 0/30 * * * ? | true", "0 0 * * * ? | false",
      "0 0 3 ? * MON | false"})
  void aMinimumOfOneHourRefusesWhatFiresMoreOften(String cron, boolean refused) {
    assertThat(CronSpacing.tooFrequent(cron, GT, 3600).isPresent()).isEqualTo(refused);
    assertThat(CronSpacing.tooFrequent(cron, GT, 0)).isEmpty();
  }
}
