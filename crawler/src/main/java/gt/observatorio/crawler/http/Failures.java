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
import org.apache.hc.core5.http.MessageConstraintException;
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
      if (t instanceof BodyReader.TooLargeException || t instanceof MessageConstraintException) {
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

  /** What went wrong, in words, then the library's own message (never a bare class name). */
  static String detail(Throwable e) {
    String m = e.getMessage() == null ? "" : e.getMessage();
    String said = m.length() > 300 ? m.substring(0, 300) : m;
    String words = words(e, said);
    return said.isEmpty() || words.equals(said) ? words : words + " (" + said + ")";
  }

  private static String words(Throwable e, String said) {
    if (e instanceof MessageConstraintException) {
      if (said.contains("line length")) {
        return "the status line or a header line of the response is too long";
      }
      if (said.contains("header count")) {
        return "the response has too many header lines";
      }
      return "the response headers are too large";
    }
    if (e instanceof BodyReader.TooLargeException) {
      return said;
    }
    if (e instanceof UnknownHostException) {
      return "unknown host";
    }
    if (e instanceof SSLException) {
      return "the TLS (https) handshake failed";
    }
    if (e instanceof SocketTimeoutException || e instanceof ConnectTimeoutException) {
      return "the server did not answer in time";
    }
    if (e instanceof HttpHostConnectException || e instanceof ConnectException) {
      return "the connection was refused";
    }
    if (e instanceof NoHttpResponseException) {
      return "the server closed the connection without answering";
    }
    if (e instanceof ConnectionClosedException) {
      return "the server closed the connection before the end of the response";
    }
    if (e instanceof org.apache.hc.core5.http.ProtocolException
        || e instanceof org.apache.hc.core5.http.ParseException) {
      return "the response is not valid HTTP";
    }
    if (e instanceof java.util.zip.ZipException) {
      return "the compressed body is corrupt";
    }
    if (e instanceof SocketException) {
      return "the connection failed";
    }
    if (e instanceof InterruptedIOException) {
      return "the request was interrupted";
    }
    return said.isEmpty() ? "the request failed" : said;
  }
}
