package gt.observatorio.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LogFormatTest {
  @ParameterizedTest(name = "args [{0}], env [{1}] → json {2}")
  @CsvSource(delimiter = '|', value = {
    "serve                          |      | false",
    "--log-format json serve        |      | true",
    "serve --log-format=json        |      | true",
    "serve --log-format text        | json | false",
    "serve                          | json | true",
    "serve --log-format=JSON        |      | true"})
  void jsonLogsAreChosenByTheOptionOrTheEnvironmentTheOptionWinning(String args, String env, boolean json) {
    Map<String, String> environment = env == null ? Map.of() : Map.of("OBSERVATORY_LOG_FORMAT", env);
    assertThat(LogFormat.json(args.trim().split("\\s+"), environment)).isEqualTo(json);
  }
}
