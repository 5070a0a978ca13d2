package gt.observatorio.crawler.http;

import gt.observatorio.engine.domain.ProbeOutcome;
import java.io.IOException;
import java.net.URI;
import java.util.TreeMap;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;

/** One HTTP request and response, no redirect following, within the fetch's deadline. */
final class HttpExchange {
  private final CloseableHttpClient client;
  private final ScheduledExecutorService timer;
  private final long maxDecompressed;

  HttpExchange(CloseableHttpClient client, ScheduledExecutorService timer, long maxDecompressed) {
    this.client = client;
    this.timer = timer;
    this.maxDecompressed = maxDecompressed;
  }

  /** One hop's answer; {@code failure} null when the response was read. */
  record Hop(int status, Map<String, String> headers, byte[] body, boolean truncated,
      ProbeOutcome failure, String detail, Boolean tlsValid) {}

  Hop run(URI uri, FetchRequest req, long deadlineNanos) {
    boolean https = "https".equalsIgnoreCase(uri.getScheme());
    long remaining = deadlineNanos - System.nanoTime();
    if (remaining <= 0) {
      return failed(0, Map.of(), ProbeOutcome.TIMEOUT, "total time limit reached", null);
    }
    HttpUriRequestBase request = new HttpUriRequestBase(req.method(), uri);
    req.headers().forEach(request::setHeader);
    AtomicBoolean timedOut = new AtomicBoolean();
    ScheduledFuture<?> killer = timer.schedule(() -> {
      timedOut.set(true);
      request.cancel();
    }, remaining, TimeUnit.NANOSECONDS);
    int status = 0;
    Map<String, String> headers = Map.of();
    ClassicHttpResponse response = null;
    try {
      response = client.executeOpen(null, request, null);
      status = response.getCode();
      headers = headers(response.getHeaders());
      HttpEntity entity = response.getEntity();
      if (req.wholeBody() && declaredLength(headers) > req.byteLimit()) {
        request.cancel();
        return failed(status, headers, ProbeOutcome.TOO_LARGE,
            "declared Content-Length " + declaredLength(headers) + " exceeds " + req.byteLimit(), https);
      }
      BodyReader.Body body = new BodyReader.Body(new byte[0], false);
      if (entity != null && !"HEAD".equals(req.method())) {
        try {
          body = BodyReader.read(entity.getContent(), headers.get("Content-Encoding"), req.wholeBody(),
              req.byteLimit(), maxDecompressed);
        } catch (IOException | RuntimeException e) {
          request.cancel();
          throw e;
        }
        if (body.truncated()) {
          request.cancel();
        }
      }
      return new Hop(status, headers, body.bytes(), body.truncated(), null, null, https ? Boolean.TRUE : null);
    } catch (IOException | RuntimeException e) {
      ProbeOutcome outcome = Failures.classify(e, timedOut.get());
      Boolean tls = outcome == ProbeOutcome.TLS_FAILURE ? Boolean.FALSE
          : (https && status > 0 ? Boolean.TRUE : null);
      String detail = timedOut.get() ? "total time limit reached (" + Failures.detail(e) + ")" : Failures.detail(e);
      return failed(status, headers, outcome, detail, tls);
    } finally {
      killer.cancel(false);
      closeQuietly(response);
    }
  }

  private static void closeQuietly(ClassicHttpResponse response) {
    if (response != null) {
      try {
        response.close();
      } catch (IOException | RuntimeException ignored) {
        // the connection was aborted on purpose
      }
    }
  }

  private static Hop failed(int status, Map<String, String> headers, ProbeOutcome outcome, String detail,
      Boolean tls) {
    return new Hop(status, headers, new byte[0], false, outcome, detail, tls);
  }

  private static long declaredLength(Map<String, String> headers) {
    String v = headers.get("Content-Length");
    try {
      return v == null ? -1 : Long.parseLong(v.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static Map<String, String> headers(Header[] all) {
    Map<String, String> out = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (Header h : all) {
      out.merge(h.getName(), h.getValue(), (a, b) -> a + ", " + b);
    }
    return out;
  }
}
