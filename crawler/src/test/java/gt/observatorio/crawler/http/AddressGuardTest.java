package gt.observatorio.crawler.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gt.observatorio.crawler.TestCrawler;
import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AddressGuardTest {
  private final AddressGuard strict = new AddressGuard(false, List.of(), HostResolver.SYSTEM);

  @ParameterizedTest(name = "{0} permitted={1}")
  @CsvSource({
      "127.0.0.1, false", "127.8.9.10, false", "::1, false", "10.20.30.40, false", "172.16.0.1, false",
      "172.31.255.255, false", "192.168.1.1, false", "169.254.169.254, false", "169.254.1.1, false",
      "100.64.0.1, false", "100.127.255.254, false", "224.0.0.251, false", "239.255.255.250, false",
      "0.0.0.0, false", "255.255.255.255, false", "fe80::1, false", "fc00::1, false", "fd00:ec2::254, false",
      "ff02::1, false", "::ffff:10.0.0.1, false", "::ffff:127.0.0.1, false", "100.100.100.200, false",
      "8.8.8.8, true", "200.6.200.1, true", "172.32.0.1, true", "100.128.0.1, true",
      "2800:810:1::1, true", "::ffff:8.8.8.8, true"})
  void classifiesAddresses(String address, boolean permitted) throws Exception {
    assertThat(strict.permitted(InetAddress.getByName(address))).isEqualTo(permitted);
  }

  @Test
  void allowedRangesOpenOnlyThoseRanges() throws Exception {
    AddressGuard g = new AddressGuard(false, List.of("127.0.0.0/8", "::1/128"), HostResolver.SYSTEM);
    assertThat(g.permitted(InetAddress.getByName("127.0.0.1"))).isTrue();
    assertThat(g.permitted(InetAddress.getByName("::1"))).isTrue();
    assertThat(g.permitted(InetAddress.getByName("10.0.0.1"))).isFalse();
    assertThat(g.permitted(InetAddress.getByName("169.254.169.254"))).isFalse();
  }

  @Test
  void checksTheAddressesANameResolvesTo() {
    AddressGuard g = new AddressGuard(false, List.of("127.0.0.0/8"), TestCrawler.RESOLVER);
    assertThatThrownBy(() -> g.resolve("metadata.test")).isInstanceOf(BlockedAddressException.class)
        .hasMessageContaining("169.254.169.254");
    assertThatThrownBy(() -> g.resolve("intranet.test")).isInstanceOf(BlockedAddressException.class);
  }

  @Test
  void allowPrivateAddressesLetsEverythingThrough() throws Exception {
    AddressGuard g = new AddressGuard(true, List.of(), TestCrawler.RESOLVER);
    assertThat(g.resolve("intranet.test")).hasSize(1);
  }
}
