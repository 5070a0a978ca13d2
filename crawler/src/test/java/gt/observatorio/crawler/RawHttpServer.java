package gt.observatorio.crawler;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A loopback server for what WireMock cannot serve: it answers every request with fixed headers and
 * then streams zeros until the client hangs up (an endless or 2 GB body).
 */
public final class RawHttpServer implements AutoCloseable {
  private final ServerSocket socket;
  private final String head;

  public RawHttpServer(String head) throws IOException {
    this.head = head;
    this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread t = new Thread(this::accept, "raw-http");
    t.setDaemon(true);
    t.start();
  }

  public String url(String path) {
    return "http://127.0.0.1:" + socket.getLocalPort() + path;
  }

  private void accept() {
    while (!socket.isClosed()) {
      try {
        Socket s = socket.accept();
        Thread t = new Thread(() -> serve(s), "raw-http-conn");
        t.setDaemon(true);
        t.start();
      } catch (IOException e) {
        return;
      }
    }
  }

  private void serve(Socket s) {
    try (s; InputStream in = s.getInputStream(); OutputStream out = s.getOutputStream()) {
      int matched = 0;
      String end = "\r\n\r\n";
      StringBuilder req = new StringBuilder();
      while (matched < 4) {
        int b = in.read();
        if (b < 0) {
          return;
        }
        req.append((char) b);
        matched = b == end.charAt(matched) ? matched + 1 : (b == '\r' ? 1 : 0);
      }
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      if (req.toString().startsWith("HEAD")) {
        return;
      }
      byte[] zeros = new byte[65536];
      while (true) {
        out.write(zeros);
      }
    } catch (IOException e) {
      // the client hung up, as expected
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
