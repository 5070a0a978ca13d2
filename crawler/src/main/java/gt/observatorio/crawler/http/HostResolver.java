package gt.observatorio.crawler.http;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Resolves a host name (or literal address) to addresses; the system resolver by default. */
@FunctionalInterface
public interface HostResolver {
  HostResolver SYSTEM = InetAddress::getAllByName;

  InetAddress[] resolve(String host) throws UnknownHostException;
}
