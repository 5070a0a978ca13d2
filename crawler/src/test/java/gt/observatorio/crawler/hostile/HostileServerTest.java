package gt.observatorio.crawler.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import gt.observatorio.crawler.hostile.FaultRunner.Measured;
import gt.observatorio.crawler.hostile.HostileFaults.Fault;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fault of issue 19 against a raw loopback server, in a JVM of -Xmx256m (surefire execution
 * {@code hostile}): each ends as its typed outcome within its time bound, and the crawler still
 * reads an honest server afterwards.
 */
@Tag("hostile")
class HostileServerTest {
  static Stream<Fault> faults() {
    return HostileFaults.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("faults")
  void endsAsItsTypedOutcomeInTimeAndTheCrawlerSurvives(Fault fault) {
    Measured m = FaultRunner.run(fault);

    assertThat(m.outcomeAsExpected()).as("%s: got %s (%s)", fault.id(), m.observed().outcome(),
        m.observed().detail()).isTrue();
    assertThat(m.millis()).as("%s took %d ms", fault.id(), m.millis()).isLessThanOrEqualTo(fault.boundMillis());
    assertThat(FaultRunner.run(HostileFaults.honest()).observed().outcome()).as("an honest server afterwards")
        .isEqualTo("http_200");
  }

  @Test
  void runsUnderASmallHeap() {
    assertThat(Runtime.getRuntime().maxMemory()).isLessThanOrEqualTo(256L << 20);
  }

  @Test
  void robotsFailuresNameRobotsTxtAndTheirRealCause() {
    for (String id : new String[] {"robots-refused", "robots-tls-failure"}) {
      Fault f = faults().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
      assertThat(FaultRunner.run(f).observed().detail()).contains("robots.txt").contains("could not be read");
    }
  }
}
