package gt.observatorio.crawler.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gt.observatorio.crawler.TestCrawler;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numeric hosts read as inet_aton (and curl, browsers) reads them, before the address guard judges them. */
class Ipv4FormsTest {
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
      "0177.0.0.1, 127.0.0.1", "0x7f.0.0.1, 127.0.0.1", "0X7F.0.0.1, 127.0.0.1", "127.1, 127.0.0.1",
      "127.0.1, 127.0.0.1", "2130706433, 127.0.0.1", "0x7f000001, 127.0.0.1", "017700000001, 127.0.0.1",
      "0251.0376.0251.0376, 169.254.169.254", "0xa9.0xfe.0xa9.0xfe, 169.254.169.254", "10.1, 10.0.0.1",
      "192.168.0x1.01, 192.168.1.1", "8.8.8.8, 8.8.8.8", "0, 0.0.0.0", "127.0.0.1., 127.0.0.1"})
  void numericFormsAreNormalised(String host, String quad) {
    assertThat(Ipv4Forms.normalise(host)).contains(quad);
  }

  @ParameterizedTest(name = "{0} is not an address")
  @CsvSource({"08.0.0.1", "256.0.0.1", "1.2.3.256", "1.2.65536", "4294967296", "0x1ffffffff", "1.2.3.4.5"})
  void invalidNumericFormsAreRefused(String host) {
    assertThat(Ipv4Forms.normalise(host)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"datos.gob.gt", "example.com", "1.example", "0x7f.example", "localhost"})
  void namesAreNotNumeric(String host) {
    assertThat(Ipv4Forms.numeric(host)).isFalse();
  }

  @Test
  void urisGetTheirDottedQuadAndKeepPortPathAndQuery() {
    assertThat(Ipv4Forms.normalise(URI.create("http://127.1:8080/a/b?c=d"))).hasToString("http://127.0.0.1:8080/a/b?c=d");
    assertThat(Ipv4Forms.normalise(URI.create("http://0x7f.1"))).hasToString("http://127.0.0.1/");
    assertThat(Ipv4Forms.normalise(URI.create("https://datos.gob.gt/x"))).hasToString("https://datos.gob.gt/x");
  }

  @Test
  void theGuardJudgesTheAddressTheSystemWouldConnectTo() {
    AddressGuard g = new AddressGuard(false, List.of(), TestCrawler.RESOLVER);
    for (String host : new String[] {"0177.0.0.1", "2130706433", "0xa9.0xfe.0xa9.0xfe", "012.0.0.1"}) {
      assertThatThrownBy(() -> g.resolve(host)).as(host).isInstanceOf(BlockedAddressException.class);
    }
    assertThatThrownBy(() -> g.resolve("08.0.0.1")).isInstanceOf(UnknownHostException.class)
        .hasMessageContaining("not a valid IPv4 address");
  }
}
