package gt.observatorio.crawler.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a host the way the operating system's {@code inet_aton} does (and curl and browsers with
 * it): one to four parts separated by dots, each decimal, octal (leading {@code 0}) or hexadecimal
 * ({@code 0x}); the last part fills the remaining bytes. So {@code 0177.0.0.1}, {@code 0x7f.1},
 * {@code 127.1} and {@code 2130706433} are all 127.0.0.1, and the address guard judges that.
 */
final class Ipv4Forms {
  private static final Pattern NUMERIC = Pattern.compile("(?i)(0x[0-9a-f]*|[0-9]+)(\\.(0x[0-9a-f]*|[0-9]+)){0,3}\\.?");

  private Ipv4Forms() {}

  /** Whether {@code host} is written as a number-dot form (valid or not), never a DNS name. */
  static boolean numeric(String host) {
    return NUMERIC.matcher(host).matches();
  }

  /** The dotted-quad address {@code host} stands for, or empty when it is not a valid numeric form. */
  static Optional<String> normalise(String host) {
    if (!numeric(host)) {
      return Optional.empty();
    }
    String h = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    String[] parts = h.split("\\.", -1);
    long[] values = new long[parts.length];
    for (int i = 0; i < parts.length; i++) {
      Long v = part(parts[i]);
      if (v == null) {
        return Optional.empty();
      }
      values[i] = v;
    }
    long address = 0;
    for (int i = 0; i < parts.length - 1; i++) {
      if (values[i] > 255) {
        return Optional.empty();
      }
      address |= values[i] << (8 * (3 - i));
    }
    long last = values[parts.length - 1];
    if (last >= 1L << (8 * (5 - parts.length))) {
      return Optional.empty();
    }
    address |= last;
    return Optional.of((address >> 24 & 255) + "." + (address >> 16 & 255) + "." + (address >> 8 & 255) + "."
        + (address & 255));
  }

  /**
   * {@code uri} with a numeric host written as a dotted quad ({@code http://127.1:8080/} becomes
   * {@code http://127.0.0.1:8080/}); java.net.URI finds no host at all in some of these forms.
   * Other URIs are returned as they are.
   */
  static URI normalise(URI uri) {
    String authority = uri.getRawAuthority();
    if (authority == null || authority.contains("[")) {
      return uri;
    }
    String hostPort = authority.substring(authority.lastIndexOf('@') + 1);
    int colon = hostPort.lastIndexOf(':');
    String host = colon < 0 ? hostPort : hostPort.substring(0, colon);
    Optional<String> quad = normalise(host);
    if (quad.isEmpty() || quad.get().equals(host)) {
      return uri;
    }
    String userInfo = authority.contains("@") ? authority.substring(0, authority.lastIndexOf('@') + 1) : "";
    String port = colon < 0 ? "" : hostPort.substring(colon);
    try {
      return new URI(uri.getScheme() + "://" + userInfo + quad.get() + port + rest(uri));
    } catch (URISyntaxException e) {
      return uri;
    }
  }

  private static String rest(URI uri) {
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
  }

  private static Long part(String p) {
    try {
      if (p.length() > 2 && (p.startsWith("0x") || p.startsWith("0X"))) {
        return p.length() > 10 ? null : Long.parseLong(p.substring(2), 16);
      }
      if (p.equalsIgnoreCase("0x")) {
        return 0L;
      }
      if (p.length() > 1 && p.startsWith("0")) {
        return p.length() > 12 ? null : Long.parseLong(p.substring(1), 8);
      }
      return p.length() > 10 ? null : Long.parseLong(p);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
