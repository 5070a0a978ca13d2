package gt.observatorio.crawler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gt.observatorio.engine.config.ConfigException;
import gt.observatorio.engine.config.ConfigLoader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CrawlerConfigTest {

  @Test
  void defaultsArePoliteAndSafe() {
    CrawlerConfig c = CrawlerConfig.defaults();
    assertThat(c.userAgent()).contains("Observatorio").contains("https://");
    assertThat(c.allowPrivateAddresses()).isFalse();
    assertThat(c.allowedAddressRanges()).isEmpty();
    assertThat(c.perHostDelayMillis()).isGreaterThanOrEqualTo(1000);
    assertThat(c.perHostConcurrency()).isEqualTo(1);
    assertThat(c.maxRedirects()).isEqualTo(5);
    assertThat(c.robots().enabled()).isTrue();
    assertThat(c.ckan().rows()).isEqualTo(1000);
  }

  @Test
  void environmentVariablesOverrideKeys() {
    CrawlerConfig c = CrawlerConfig.from(ConfigLoader.load(List.of(CrawlerConfig.DEFAULTS_RESOURCE),
        Optional.empty(), Map.of("OBSERVATORY_CRAWLER_PER_HOST_DELAY_MILLIS", "2500",
            "OBSERVATORY_CRAWLER_ALLOWED_ADDRESS_RANGES", "127.0.0.0/8, ::1/128",
            "OBSERVATORY_CRAWLER_ROBOTS_ENABLED", "false")));
    assertThat(c.perHostDelayMillis()).isEqualTo(2500);
    assertThat(c.allowedAddressRanges()).containsExactly("127.0.0.0/8", "::1/128");
    assertThat(c.robots().enabled()).isFalse();
  }

  @Test
  void aUserAgentWithoutContactUrlIsRefused() {
    assertThatThrownBy(() -> CrawlerConfig.from(ConfigLoader.load(List.of(CrawlerConfig.DEFAULTS_RESOURCE),
        Optional.empty(), Map.of("OBSERVATORY_CRAWLER_USER_AGENT", "MyBot/1.0"))))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("contact URL");
  }

  @Test
  void theAllowPrivateAddressesFlagCanBeSetOnALoadedConfig() {
    CrawlerConfig c = CrawlerConfig.defaults().withAllowPrivateAddresses(true);
    assertThat(c.allowPrivateAddresses()).isTrue();
    assertThat(c.userAgent()).isEqualTo(CrawlerConfig.defaults().userAgent());
  }
}
