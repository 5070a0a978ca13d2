package gt.observatorio.crawler.hostile;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A raw HTTP/1.1 server on loopback (port chosen at run time) that answers each request by the
 * script of the longest matching path prefix, byte by byte as the script writes them: endless or
 * slow heads and bodies, lies and loops that no well-behaved server library would send. One request
 * per connection; unscripted paths (robots.txt included) get a 404, and a TLS handshake gets a plain
 * HTTP answer.
 */
public final class HostileServer implements AutoCloseable {
  /** One request: its method and target (path and query). */
  public record Request(String method, String target) {}

  /** Writes the whole answer to one request. */
  @FunctionalInterface
  public interface Script {
    void answer(Request request, OutputStream out) throws IOException, InterruptedException;
  }

  private final ServerSocket socket;
  private final Map<String, Script> scripts = new ConcurrentHashMap<>();

  public HostileServer() throws IOException {
    socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread t = new Thread(this::accept, "hostile-accept");
    t.setDaemon(true);
    t.start();
  }

  public HostileServer on(String pathPrefix, Script script) {
    scripts.put(pathPrefix, script);
    return this;
  }

  int port() {
    return socket.getLocalPort();
  }

  public String url(String path) {
    return "http://127.0.0.1:" + port() + path;
  }

  private void accept() {
    while (!socket.isClosed()) {
      try {
        Socket s = socket.accept();
        Thread t = new Thread(() -> serve(s), "hostile-conn");
        t.setDaemon(true);
        t.start();
      } catch (IOException e) {
        return;
      }
    }
  }

  private void serve(Socket s) {
    try (s; InputStream in = s.getInputStream(); OutputStream out = s.getOutputStream()) {
      String head = readHead(in);
      if (head == null) {
        return;
      }
      if (head.charAt(0) == 0x16) {
        out.write(ascii("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n"));
        return;
      }
      String[] line = head.split("\r\n", 2)[0].split(" ");
      String target = line.length > 1 ? line[1] : "/";
      script(target).answer(new Request(line[0], target), out);
      out.flush();
    } catch (IOException | InterruptedException e) {
      // the client hung up or gave up: the point of most scripts
    }
  }

  private Script script(String target) {
    String path = target.split("\\?", 2)[0];
    String best = null;
    for (String prefix : scripts.keySet()) {
      if (path.startsWith(prefix) && (best == null || prefix.length() > best.length())) {
        best = prefix;
      }
    }
    return best == null ? Responses.status(404) : scripts.get(best);
  }

  private static String readHead(InputStream in) throws IOException {
    StringBuilder req = new StringBuilder();
    int matched = 0;
    String end = "\r\n\r\n";
    while (matched < 4) {
      int b = in.read();
      if (b < 0 || req.length() > 65536) {
        return null;
      }
      req.append((char) b);
      if (b == 0x16 && req.length() == 1) {
        return req.toString();
      }
      matched = b == end.charAt(matched) ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    return req.toString();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }

  static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
