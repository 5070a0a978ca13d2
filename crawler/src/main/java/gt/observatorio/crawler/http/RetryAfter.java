package gt.observatorio.crawler.http;

import java.time.Instant;
import java.util.OptionalLong;
import org.apache.hc.client5.http.utils.DateUtils;

/** Reads a {@code Retry-After} header: delay-seconds or an HTTP-date. */
public final class RetryAfter {
  private RetryAfter() {}

  /** Milliseconds to wait from {@code now}, or empty when absent or unreadable. */
  public static OptionalLong millis(String value, Instant now) {
    if (value == null || value.isBlank()) {
      return OptionalLong.empty();
    }
    String v = value.trim();
    if (v.matches("\\d{1,9}")) {
      return OptionalLong.of(Long.parseLong(v) * 1000);
    }
    Instant at = DateUtils.parseStandardDate(v);
    return at == null ? OptionalLong.empty() : OptionalLong.of(Math.max(0, at.toEpochMilli() - now.toEpochMilli()));
  }
}
