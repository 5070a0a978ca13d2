package gt.observatorio.web.api;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

/**
 * One cached answer of the read-only API: the publication version it was computed for, its bytes, an
 * ETag derived from the bytes alone, and the same bytes gzip-compressed (made on the first request that
 * accepts gzip, then reused).
 */
final class CachedAnswer {
  private final String version;
  private final Body body;
  private final String etag;
  private volatile Buffer gzip;

  CachedAnswer(String version, Body body) {
    this.version = version;
    this.body = body;
    this.etag = "\"" + digest(body.bytes().getBytes()) + "\"";
  }

  String version() {
    return version;
  }

  /** Sends the answer, or 304 when the client's If-None-Match names it; gzip when the client accepts it. */
  void send(RoutingContext ctx, String cacheControl) {
    boolean gz = acceptsGzip(ctx.request().getHeader("accept-encoding"));
    String tag = gz ? etag.substring(0, etag.length() - 1) + "-gz\"" : etag;
    HttpServerResponse res = ctx.response();
    res.putHeader("cache-control", cacheControl).putHeader("etag", tag).putHeader("vary", "Origin, Accept-Encoding");
    String inm = ctx.request().getHeader("if-none-match");
    if (inm != null && (inm.contains(etag) || inm.contains(tag))) {
      res.setStatusCode(304).end();
      return;
    }
    res.putHeader("content-type", body.contentType());
    if (body.fileName() != null) {
      res.putHeader("content-disposition", "attachment; filename=\"" + body.fileName() + "\"");
    }
    if (gz) {
      res.putHeader("content-encoding", "gzip").setStatusCode(200).end(gzipped());
    } else {
      res.setStatusCode(200).end(body.bytes());
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
      ByteArrayOutputStream out = new ByteArrayOutputStream(body.bytes().length() / 4 + 64);
      try (GZIPOutputStream z = new GZIPOutputStream(out)) {
        z.write(body.bytes().getBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      g = Buffer.buffer(out.toByteArray());
      gzip = g;
    }
    return g;
  }

  private static String digest(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
