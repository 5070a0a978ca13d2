package gt.observatorio.web.api;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.internal.buffer.BufferInternal;
import io.vertx.ext.web.RoutingContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

/**
 * One cached answer of the read-only API: the publication version it was computed for, its bytes, an
 * ETag derived from the bytes alone, and the same bytes gzip-compressed (made on the first request that
 * accepts gzip, then reused). Everything a request sends is prepared once: the bytes sit in direct memory that
 * the socket writes as they are (no copy per request) and the header values are pre-encoded.
 */
final class CachedAnswer {
  private static final CharSequence VARY = HttpHeaders.createOptimized("Origin, Accept-Encoding");
  private static final CharSequence GZIP = HttpHeaders.createOptimized("gzip");

  private final String version;
  private final Buffer plain;
  private final String etag;
  private final CharSequence plainTag;
  private final CharSequence gzipTag;
  private final CharSequence contentType;
  private final CharSequence disposition;
  private volatile Buffer gzip;

  CachedAnswer(String version, Body body) {
    this.version = version;
    byte[] bytes = body.bytes().getBytes();
    this.plain = direct(bytes);
    this.etag = "\"" + digest(bytes) + "\"";
    this.plainTag = HttpHeaders.createOptimized(etag);
    this.gzipTag = HttpHeaders.createOptimized(etag.substring(0, etag.length() - 1) + "-gz\"");
    this.contentType = HttpHeaders.createOptimized(body.contentType());
    this.disposition = body.fileName() == null ? null
        : HttpHeaders.createOptimized("attachment; filename=\"" + body.fileName() + "\"");
  }

  String version() {
    return version;
  }

  /**
   * Bytes this answer holds: its plain bytes, its gzip copy (made on demand) counted as an eighth of them (the
   * country benchmark's rankings and histories compress to 8-11 %), and its headers.
   */
  int weight() {
    return plain.length() + plain.length() / 8 + 512;
  }

  /** Sends the answer, or 304 when the client's If-None-Match names it; gzip when the client accepts it. */
  void send(RoutingContext ctx, CharSequence cacheControl) {
    boolean gz = acceptsGzip(ctx.request().getHeader(HttpHeaders.ACCEPT_ENCODING));
    CharSequence tag = gz ? gzipTag : plainTag;
    HttpServerResponse res = ctx.response();
    res.putHeader(HttpHeaders.CACHE_CONTROL, cacheControl).putHeader(HttpHeaders.ETAG, tag)
        .putHeader(HttpHeaders.VARY, VARY);
    String inm = ctx.request().getHeader(HttpHeaders.IF_NONE_MATCH);
    if (inm != null && (inm.contains(etag) || inm.contains(tag))) {
      res.setStatusCode(304).end();
      return;
    }
    res.putHeader(HttpHeaders.CONTENT_TYPE, contentType);
    if (disposition != null) {
      res.putHeader(HttpHeaders.CONTENT_DISPOSITION, disposition);
    }
    if (gz) {
      res.putHeader(HttpHeaders.CONTENT_ENCODING, GZIP).setStatusCode(200).end(gzipped());
    } else {
      res.setStatusCode(200).end(plain);
    }
  }

  /** True when the Accept-Encoding header lists gzip without refusing it (q=0). */
  static boolean acceptsGzip(String acceptEncoding) {
    if (acceptEncoding == null) {
      return false;
    }
    for (String part : acceptEncoding.split(",")) {
      String[] p = part.trim().split(";");
      if (p[0].trim().equalsIgnoreCase("gzip")) {
        return p.length < 2 || !p[1].replace(" ", "").matches("q=0(\\.0*)?");
      }
    }
    return false;
  }

  private Buffer gzipped() {
    Buffer g = gzip;
    if (g == null) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length() / 4 + 64);
      try (GZIPOutputStream z = new GZIPOutputStream(out)) {
        z.write(plain.getBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      g = direct(out.toByteArray());
      gzip = g;
    }
    return g;
  }

  /**
   * The bytes in direct memory that the socket writes without copying them: a JDK direct buffer (freed by the
   * GC once the answer leaves the cache), wrapped so that no write ever releases it.
   */
  private static Buffer direct(byte[] bytes) {
    ByteBuffer memory = ByteBuffer.allocateDirect(bytes.length).put(bytes).flip();
    ByteBuf buf = Unpooled.unreleasableBuffer(Unpooled.wrappedBuffer(memory));
    return BufferInternal.buffer(buf);
  }

  private static String digest(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
