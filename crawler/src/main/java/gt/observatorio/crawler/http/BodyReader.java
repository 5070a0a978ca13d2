package gt.observatorio.crawler.http;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/** Reads a response body within limits on raw and decompressed bytes. */
final class BodyReader {
  private BodyReader() {}

  /** A body read, and whether it stopped before the end of the stream. */
  record Body(byte[] bytes, boolean truncated) {}

  /** A body over the limit. */
  static final class TooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    TooLargeException(String message) {
      super(message);
    }
  }

  /**
   * Reads {@code raw}. With {@code whole}, more than {@code limit} raw bytes or more than
   * {@code maxDecompressed} decoded bytes throw {@link TooLargeException}; otherwise reading stops
   * after {@code limit} decoded bytes.
   */
  static Body read(InputStream raw, String contentEncoding, boolean whole, long limit,
      long maxDecompressed) throws IOException {
    if (raw == null) {
      return new Body(new byte[0], false);
    }
    String enc = contentEncoding == null ? "" : contentEncoding.trim().toLowerCase(Locale.ROOT);
    InputStream in = whole ? new Capped(raw, limit, "body exceeds " + limit + " bytes") : raw;
    if (enc.contains("gzip")) {
      in = new GZIPInputStream(in, 8192);
    } else if (enc.contains("deflate")) {
      in = new InflaterInputStream(in);
    }
    if (!whole) {
      byte[] first = in.readNBytes((int) Math.min(Math.max(limit, 0), Integer.MAX_VALUE - 8));
      return new Body(first, first.length >= limit && in.read() >= 0);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    long total = 0;
    for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
      total += n;
      if (total > maxDecompressed) {
        throw new TooLargeException("decompressed body exceeds " + maxDecompressed + " bytes");
      }
      out.write(buf, 0, n);
    }
    return new Body(out.toByteArray(), false);
  }

  /** Counts bytes and fails past a cap. */
  private static final class Capped extends FilterInputStream {
    private final long cap;
    private final String message;
    private long count;

    Capped(InputStream in, long cap, String message) {
      super(in);
      this.cap = cap;
      this.message = message;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0 && ++count > cap) {
        throw new TooLargeException(message);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0 && (count += n) > cap) {
        throw new TooLargeException(message);
      }
      return n;
    }
  }
}
