package gt.observatorio.engine.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DistributionProbeUrlsTest {
  @ParameterizedTest(name = "access={0} download={1} -> {2}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "http://p/page  | http://f/a.csv | http://f/a.csv;http://p/page",
      "http://f/a.csv | http://f/a.csv | http://f/a.csv",
      "http://p/page  | -              | http://p/page",
      "-              | http://f/a.csv | http://f/a.csv",
      "'  '           | http://f/a.csv | http://f/a.csv",
      "-              | -              | ''"})
  void theDownloadUrlComesFirstAndADifferentAccessUrlIsProbedToo(String access, String download, String expected) {
    Distribution d = new Distribution("t", access, download, null, null, null, null, null, null, null);
    List<String> want = expected.isEmpty() ? List.of() : List.of(expected.split(";"));
    assertThat(d.probeUrls()).containsExactlyElementsOf(want);
  }

  @ParameterizedTest(name = "access={0} download={1}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "http://p/page | http://f/a.csv | http://p/page  | http://f/a.csv",
      "-             | http://f/a.csv | http://f/a.csv | http://f/a.csv",
      "http://p/page | -              | http://p/page  | -"})
  void eachUrlIsLookedUpInItsOwnProbe(String access, String download, String accessProbe, String downloadProbe) {
    Distribution d = new Distribution("t", access, download, null, null, null, null, null, null, null);
    Instant at = Instant.parse("2025-06-01T00:00:00Z");
    Map<String, ProbeResult> probes = new HashMap<>();
    for (String u : d.probeUrls()) {
      probes.put(u, ProbeResult.notProbed(u, at));
    }
    DatasetSnapshot s = new DatasetSnapshot(new Dataset("x", null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, List.of(d), null), probes, at);
    assertThat(s.accessProbeOf(d) == null ? null : s.accessProbeOf(d).url()).isEqualTo(accessProbe);
    assertThat(s.downloadProbeOf(d) == null ? null : s.downloadProbeOf(d).url()).isEqualTo(downloadProbe);
  }
}
