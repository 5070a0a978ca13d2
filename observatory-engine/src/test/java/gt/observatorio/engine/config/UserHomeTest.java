package gt.observatorio.engine.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class UserHomeTest {
  @Test
  void homeFromTheEnvironmentWins() {
    assertThat(UserHome.expand("~/.observatorio/pgdata", Map.of("HOME", "/srv/obs")))
        .isEqualTo("/srv/obs/.observatorio/pgdata");
    assertThat(UserHome.expand("~", Map.of("HOME", "/srv/obs"))).isEqualTo("/srv/obs");
  }

  @Test
  void withoutHomeTheJvmUserHomeIsUsed() {
    assertThat(UserHome.expand("~/x", Map.of())).isEqualTo(System.getProperty("user.home") + "/x");
    assertThat(UserHome.expand("~/x", Map.of("HOME", " "))).isEqualTo(System.getProperty("user.home") + "/x");
  }

  @Test
  void otherPathsAreLeftAlone() {
    assertThat(UserHome.expand("/data/pg", Map.of("HOME", "/srv/obs"))).isEqualTo("/data/pg");
    assertThat(UserHome.expand("~other/x", Map.of("HOME", "/srv/obs"))).isEqualTo("~other/x");
  }
}
