package gt.observatorio.crawler.hostile;

import static gt.observatorio.crawler.hostile.HostileServer.ascii;

import gt.observatorio.crawler.hostile.HostileServer.Script;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;

/** Scripts for {@link HostileServer}: honest answers and the hostile ones of issue 19. */
public final class Responses {
  private Responses() {}

  public static Script status(int code) {
    return (req, out) -> out.write(ascii("HTTP/1.1 " + code + " X\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"));
  }

  public static Script body(String contentType, byte[] body, String... extraHeaders) {
    return (req, out) -> {
      out.write(ascii("HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nContent-Length: " + body.length
          + "\r\nConnection: close\r\n" + String.join("", Arrays.stream(extraHeaders).map(h -> h + "\r\n").toList())
          + "\r\n"));
      out.write(body);
    };
  }

  /**
   * Like {@link #body(String, byte[], String...)}, with a body made by {@link Prepared#prepare} before
   * the fault's clock starts and dropped after it, so that it costs no memory before or after.
   */
  public static Prepared body(String contentType, Supplier<byte[]> body, String... extraHeaders) {
    return new Prepared(contentType, body, extraHeaders);
  }

  /** A script whose body is made ahead of time and dropped when done. */
  public static final class Prepared implements Script {
    private final String contentType;
    private final Supplier<byte[]> make;
    private final String[] extraHeaders;
    private volatile byte[] body;

    Prepared(String contentType, Supplier<byte[]> make, String[] extraHeaders) {
      this.contentType = contentType;
      this.make = make;
      this.extraHeaders = extraHeaders;
    }

    void prepare() {
      body = make.get();
    }

    void release() {
      body = null;
    }

    @Override
    public void answer(HostileServer.Request req, OutputStream out) throws IOException, InterruptedException {
      byte[] b = body;
      body(contentType, b == null ? make.get() : b, extraHeaders).answer(req, out);
    }
  }

  /** A body computed from the request target (e.g. a CKAN page from its {@code start}). */
  public static Script json(Function<String, String> page) {
    return (req, out) -> body("application/json", page.apply(req.target()).getBytes(StandardCharsets.UTF_8))
        .answer(req, out);
  }

  /**
   * Writes {@code prefix}, then {@code unit} again and again until the client hangs up (after the
   * prefix alone for a HEAD request).
   */
  public static Script endless(String prefix, Function<Long, String> unit) {
    return (req, out) -> {
      out.write(ascii(prefix));
      for (long i = 0; !req.method().equals("HEAD"); i++) {
        out.write(ascii(unit.apply(i)));
      }
    };
  }

  /** Writes {@code prefix}, then one byte of {@code filler} every {@code everyMillis}, forever. */
  public static Script trickle(String prefix, char filler, long everyMillis) {
    return (req, out) -> {
      out.write(ascii(prefix));
      out.flush();
      while (true) {
        Thread.sleep(everyMillis);
        out.write(filler);
        out.flush();
      }
    };
  }

  /** Accepts the request and never answers. */
  public static Script silence() {
    return (req, out) -> Thread.sleep(Long.MAX_VALUE);
  }

  /** {@code n} header lines of {@code bytes} bytes each, then an empty body. */
  public static Script manyHeaderBytes(int n, int bytes) {
    return (req, out) -> {
      out.write(ascii("HTTP/1.1 200 OK\r\n"));
      for (int i = 0; i < n; i++) {
        out.write(ascii("X-H" + i + ": " + "a".repeat(bytes) + "\r\n"));
      }
      out.write(ascii("Content-Length: 0\r\nConnection: close\r\n\r\n"));
    };
  }

  public static byte[] gzipOfZeros(long bytes) {
    ByteArrayOutputStream bomb = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bomb)) {
      byte[] zeros = new byte[1 << 20];
      for (long done = 0; done < bytes; done += zeros.length) {
        gz.write(zeros);
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return bomb.toByteArray();
  }

  /** {@code depth} nested openings, then the matching closings. */
  public static byte[] nested(String open, String middle, String close, int depth) {
    StringBuilder s = new StringBuilder(depth * (open.length() + close.length()) + middle.length());
    s.append(open.repeat(depth)).append(middle).append(close.repeat(depth));
    return s.toString().getBytes(StandardCharsets.UTF_8);
  }
}
