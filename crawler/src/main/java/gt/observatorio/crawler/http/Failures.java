package gt.observatorio.crawler.http;

import gt.observatorio.engine.domain.ProbeOutcome;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.HttpHostConnectException;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.NoHttpResponseException;

/** Maps what went wrong in an exchange to a typed outcome. */
final class Failures {
  private Failures() {}

  static ProbeOutcome classify(Throwable e, boolean timedOut) {
    if (timedOut) {
      return ProbeOutcome.TIMEOUT;
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BlockedAddressException) {
        return ProbeOutcome.BLOCKED_PRIVATE_ADDRESS;
      }
      if (t instanceof BodyReader.TooLargeException) {
        return ProbeOutcome.TOO_LARGE;
      }
      if (t instanceof UnknownHostException) {
        return ProbeOutcome.DNS_FAILURE;
      }
      if (t instanceof SSLException) {
        return ProbeOutcome.TLS_FAILURE;
      }
      if (t instanceof SocketTimeoutException || t instanceof ConnectTimeoutException) {
        return ProbeOutcome.TIMEOUT;
      }
      if (t instanceof NoHttpResponseException || t instanceof HttpHostConnectException
          || t instanceof ConnectException || t instanceof NoRouteToHostException) {
        return ProbeOutcome.CONNECTION_FAILED;
      }
      if (t instanceof ConnectionClosedException || t instanceof org.apache.hc.core5.http.ProtocolException
          || t instanceof org.apache.hc.core5.http.ParseException
          || t instanceof org.apache.hc.core5.http.MalformedChunkCodingException
          || t instanceof org.apache.hc.core5.http.TruncatedChunkException
          || t instanceof java.util.zip.ZipException) {
        return ProbeOutcome.PROTOCOL_ERROR;
      }
      if (t instanceof SocketException) {
        return ProbeOutcome.CONNECTION_FAILED;
      }
      if (t instanceof IllegalArgumentException || t instanceof java.net.URISyntaxException) {
        return ProbeOutcome.INVALID_URL;
      }
      if (t instanceof InterruptedIOException) {
        return ProbeOutcome.TIMEOUT;
      }
    }
    return ProbeOutcome.CONNECTION_FAILED;
  }

  static String detail(Throwable e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null ? "" : ": " + (m.length() > 300 ? m.substring(0, 300) : m));
  }
}
