package gt.observatorio.crawler.http;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** A host resolved to an address the crawler must not reach. */
public final class BlockedAddressException extends UnknownHostException {
  private static final long serialVersionUID = 1L;

  public BlockedAddressException(String host, InetAddress address) {
    super("blocked non-public address " + address.getHostAddress() + " for host " + host);
  }
}
