package gt.observatorio.engine.schedule;

import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.TimeZone;
import org.quartz.CronExpression;

/**
 * How close together a cron expression fires: the shortest gap between two consecutive fire times
 * over its next {@value #FIRES} fires, so that an editor cannot set a source to be crawled every
 * second (a crawl costs the institution's server a request per page and per link).
 */
public final class CronSpacing {
  static final int FIRES = 400;

  private CronSpacing() {}

  /** The shortest gap between consecutive fires after {@code from}; empty when it fires fewer than twice. */
  public static Optional<Duration> shortestGap(String cron, TimeZone zone, Instant from) throws ParseException {
    CronExpression e = new CronExpression(cron);
    e.setTimeZone(zone);
    Date previous = e.getNextValidTimeAfter(Date.from(from));
    Duration shortest = null;
    for (int i = 0; i < FIRES && previous != null; i++) {
      Date next = e.getNextValidTimeAfter(previous);
      if (next == null) {
        break;
      }
      Duration gap = Duration.between(previous.toInstant(), next.toInstant());
      shortest = shortest == null || gap.compareTo(shortest) < 0 ? gap : shortest;
      previous = next;
    }
    return Optional.ofNullable(shortest);
  }

  /**
   * Why {@code cron} fires too often for a minimum interval of {@code minSeconds} (Spanish / English),
   * or empty when it does not (or when {@code minSeconds} is 0). The cron must be valid.
   */
  public static Optional<String> tooFrequent(String cron, TimeZone zone, long minSeconds) {
    if (minSeconds <= 0) {
      return Optional.empty();
    }
    try {
      return shortestGap(cron, zone, Instant.now()).filter(g -> g.getSeconds() < minSeconds)
          .map(g -> "la expresión cron '" + cron + "' rastrearía la fuente cada " + span(g)
              + ", y el mínimo es cada " + span(Duration.ofSeconds(minSeconds))
              + " / the cron expression '" + cron + "' would crawl the source every " + span(g)
              + ", and the minimum is every " + span(Duration.ofSeconds(minSeconds)));
    } catch (ParseException e) {
      return Optional.empty();
    }
  }

  private static String span(Duration d) {
    long s = d.getSeconds();
    if (s % 3600 == 0) {
      return s / 3600 + " h";
    }
    if (s % 60 == 0) {
      return s / 60 + " min";
    }
    return s + " s";
  }
}
