package gt.observatorio.crawler.http;

import gt.observatorio.engine.domain.ProbeOutcome;
import java.net.URI;

/** Whether robots.txt lets the crawler fetch a URL, and if not, why. */
@FunctionalInterface
public interface RobotsCheck {
  RobotsCheck ALLOW_ALL = uri -> Verdict.ALLOW;

  Verdict check(URI uri);

  /**
   * A robots.txt decision. Refused requests carry their real cause: {@code DISALLOWED_BY_ROBOTS}
   * when robots.txt forbids the URL or answered 429/5xx, or the failure that kept robots.txt from
   * being read (connection refused, TLS failure, timeout, ...), which RFC 9309 also treats as
   * "disallow all" but which is not the site's choice.
   */
  record Verdict(boolean allowed, ProbeOutcome outcome, String detail) {
    public static final Verdict ALLOW = new Verdict(true, null, null);

    public static Verdict refused(ProbeOutcome outcome, String detail) {
      return new Verdict(false, outcome, detail);
    }
  }
}
