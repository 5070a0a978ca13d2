package gt.observatorio.crawler.http;

import java.io.IOException;
import java.io.InputStream;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.MessageConstraintException;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.impl.io.DefaultHttpResponseParser;
import org.apache.hc.core5.http.io.SessionInputBuffer;

/**
 * HttpCore's strict response parser plus a limit on the bytes of all header lines together (line
 * length and header count are limited by {@link Http1Config} while the head is read).
 */
final class BoundedResponseParser extends DefaultHttpResponseParser {
  private final int maxHeaderBytes;

  BoundedResponseParser(Http1Config h1, int maxHeaderBytes) {
    super(h1);
    this.maxHeaderBytes = maxHeaderBytes;
  }

  @Override
  public ClassicHttpResponse parse(SessionInputBuffer buffer, InputStream in) throws IOException, HttpException {
    ClassicHttpResponse response = super.parse(buffer, in);
    long total = 0;
    for (Header h : response.getHeaders()) {
      total += h.getName().length() + h.getValue().length() + 4;
    }
    if (total > maxHeaderBytes) {
      throw new MessageConstraintException("Maximum total header size exceeded: " + total + " > " + maxHeaderBytes);
    }
    return response;
  }
}
