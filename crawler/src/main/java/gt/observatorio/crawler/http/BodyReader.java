package gt.observatorio.crawler.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/** Reads a response body within limits on raw and decompressed bytes. */
final class BodyReader {
  private static final int CHUNK = 256 * 1024;

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
    List<byte[]> chunks = new ArrayList<>();
    long total = 0;
    while (true) {
      byte[] chunk = in.readNBytes(CHUNK);
      total += chunk.length;
      if (total > maxDecompressed) {
        throw new TooLargeException("decompressed body exceeds " + maxDecompressed + " bytes");
      }
      if (chunk.length > 0) {
        chunks.add(chunk);
      }
      if (chunk.length < CHUNK) {
        break;
      }
    }
    return new Body(join(chunks, (int) total), false);
  }

  /** The chunks in one array: a body costs twice its size at most, never a doubling buffer's 3-4 times. */
  private static byte[] join(List<byte[]> chunks, int total) {
    byte[] all = new byte[total];
    int at = 0;
    for (byte[] c : chunks) {
      System.arraycopy(c, 0, all, at, c.length);
      at += c.length;
    }
    return all;
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
