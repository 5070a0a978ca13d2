package gt.observatorio.crawler.http;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

/**
 * Refuses addresses that are not public: loopback, private, link-local, CGNAT, multicast,
 * unspecified, reserved and cloud-metadata addresses, unless an operator allowed them. It checks
 * the addresses a host name resolves to, so the connection goes only to checked addresses.
 */
public final class AddressGuard {
  private static final List<Cidr> NOT_PUBLIC = List.of(
      "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
      "192.0.0.0/24", "192.0.2.0/24", "192.88.99.0/24", "192.168.0.0/16", "198.18.0.0/15",
      "198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4", "100.100.100.200/32",
      "::/128", "::1/128", "fc00::/7", "fe80::/10", "fec0::/10", "ff00::/8", "2001:db8::/32",
      "64:ff9b::/96", "100::/64")
      .stream().map(Cidr::parse).toList();

  private final boolean allowAll;
  private final List<Cidr> allowed;
  private final HostResolver resolver;

  public AddressGuard(boolean allowAll, List<String> allowedRanges, HostResolver resolver) {
    this.allowAll = allowAll;
    this.allowed = allowedRanges.stream().map(Cidr::parse).toList();
    this.resolver = resolver;
  }

  /**
   * Resolves {@code host} and returns its addresses, or throws if any of them is refused. A numeric
   * host is first read as the operating system reads it ({@link Ipv4Forms}); one the system would
   * not accept is refused as an unknown host, never looked up in DNS.
   */
  public InetAddress[] resolve(String host) throws UnknownHostException {
    String h = host;
    if (Ipv4Forms.numeric(h)) {
      h = Ipv4Forms.normalise(h).orElseThrow(() -> new UnknownHostException("not a valid IPv4 address: " + host));
    }
    InetAddress[] addresses = resolver.resolve(h);
    if (addresses == null || addresses.length == 0) {
      throw new UnknownHostException(host);
    }
    for (InetAddress a : addresses) {
      if (!permitted(a)) {
        throw new BlockedAddressException(host, a);
      }
    }
    return addresses;
  }

  /** Whether a request may go to {@code address}. */
  public boolean permitted(InetAddress address) {
    if (allowAll) {
      return true;
    }
    InetAddress a = unwrapMapped(address);
    if (allowed.stream().anyMatch(c -> c.contains(a))) {
      return true;
    }
    return !(a.isAnyLocalAddress() || a.isLoopbackAddress() || a.isLinkLocalAddress()
        || a.isSiteLocalAddress() || a.isMulticastAddress()
        || NOT_PUBLIC.stream().anyMatch(c -> c.contains(a)));
  }

  /** An IPv6 address that embeds an IPv4 one (::ffff:a.b.c.d, ::a.b.c.d) is judged as that. */
  static InetAddress unwrapMapped(InetAddress address) {
    if (!(address instanceof Inet6Address)) {
      return address;
    }
    byte[] b = address.getAddress();
    boolean zeros = Arrays.equals(Arrays.copyOf(b, 10), new byte[10]);
    boolean mapped = zeros && (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF;
    boolean compatible = zeros && b[10] == 0 && b[11] == 0 && !address.isLoopbackAddress()
        && !address.isAnyLocalAddress();
    if (mapped || compatible) {
      try {
        return InetAddress.getByAddress(Arrays.copyOfRange(b, 12, 16));
      } catch (UnknownHostException e) {
        return address;
      }
    }
    return address;
  }
}
