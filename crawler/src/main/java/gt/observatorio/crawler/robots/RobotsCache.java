package gt.observatorio.crawler.robots;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import gt.observatorio.crawler.CrawlerConfig;
import gt.observatorio.crawler.http.FetchRequest;
import gt.observatorio.crawler.http.FetchResult;
import gt.observatorio.crawler.http.HostGate;
import gt.observatorio.crawler.http.RobotsCheck;
import gt.observatorio.crawler.http.SafeFetcher;
import gt.observatorio.engine.domain.ProbeOutcome;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * robots.txt per host with RFC 9309 semantics, through crawler-commons: a 2xx answer is parsed;
 * a 4xx answer allows everything; a 429, a 5xx or no answer disallows everything until
 * {@code retryAfterErrorMillis} has passed, and a refused request then names the real cause (the
 * status, or why robots.txt could not be read). Rules are cached; a Crawl-delay widens the host's
 * pause, up to {@code maxCrawlDelayMillis}.
 */
public final class RobotsCache implements RobotsCheck {
  private final SafeFetcher fetcher;
  private final CrawlerConfig config;
  private final List<String> agentNames;
  private final ConcurrentHashMap<String, Entry> cache = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Object> locks = new ConcurrentHashMap<>();

  private record Entry(BaseRobotRules rules, RobotsCheck.Verdict unreadable, long expiresNanos) {}

  public RobotsCache(SafeFetcher fetcher, CrawlerConfig config) {
    this.fetcher = fetcher;
    this.config = config;
    String product = config.userAgent().split("[/ ]")[0].toLowerCase(Locale.ROOT);
    this.agentNames = List.of(product);
  }

  @Override
  public RobotsCheck.Verdict check(URI uri) {
    if (!config.robots().enabled() || "/robots.txt".equals(uri.getPath())) {
      return RobotsCheck.Verdict.ALLOW;
    }
    Entry e = entry(uri);
    if (e.unreadable != null) {
      return e.unreadable;
    }
    return e.rules.isAllowed(uri.toString()) ? RobotsCheck.Verdict.ALLOW
        : RobotsCheck.Verdict.refused(ProbeOutcome.DISALLOWED_BY_ROBOTS, "robots.txt disallows " + uri);
  }

  /** The rules for a URL's host, fetched when not cached or expired. */
  public BaseRobotRules rulesFor(URI uri) {
    return entry(uri).rules;
  }

  private Entry entry(URI uri) {
    String key = uri.getScheme().toLowerCase(Locale.ROOT) + "://" + HostGate.key(uri);
    Entry e = cache.get(key);
    if (e == null || e.expiresNanos - System.nanoTime() < 0) {
      synchronized (locks.computeIfAbsent(key, k -> new Object())) {
        e = cache.get(key);
        if (e == null || e.expiresNanos - System.nanoTime() < 0) {
          e = load(uri);
          if (e.unreadable == null || e.unreadable.outcome() != ProbeOutcome.TIMEOUT
              || !SafeFetcher.enclosingDeadlinePassed()) {
            cache.put(key, e); // a timeout caused by the enclosing request's deadline says nothing of the host
          }
        }
      }
    }
    return e;
  }

  private Entry load(URI uri) {
    URI robotsUri = URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + "/robots.txt");
    FetchResult r = fetcher.fetch(new FetchRequest(robotsUri, "GET",
        Map.of("Accept", "text/plain, */*;q=0.5"), false, config.robots().maxBytes(), false));
    long now = System.nanoTime();
    if (r.failure() == null && r.status() >= 200 && r.status() < 300) {
      SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
      parser.setMaxCrawlDelay(Long.MAX_VALUE);
      BaseRobotRules rules = parser.parseContent(robotsUri.toString(), r.body(),
          r.contentType() == null ? "text/plain" : r.contentType(), agentNames);
      if (rules.getCrawlDelay() != BaseRobotRules.UNSET_CRAWL_DELAY && rules.getCrawlDelay() > 0) {
        fetcher.gate().atLeast(HostGate.key(uri), Math.min(rules.getCrawlDelay(), config.maxCrawlDelayMillis()));
      }
      return new Entry(rules, null, now + TimeUnit.MILLISECONDS.toNanos(config.robots().cacheMillis()));
    }
    if (r.failure() == null && r.status() >= 400 && r.status() < 500 && r.status() != 429) {
      return new Entry(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL), null,
          now + TimeUnit.MILLISECONDS.toNanos(config.robots().cacheMillis()));
    }
    RobotsCheck.Verdict why = r.failure() == null
        ? RobotsCheck.Verdict.refused(ProbeOutcome.DISALLOWED_BY_ROBOTS,
            robotsUri + " answered HTTP " + r.status() + ": nothing is fetched from this host for now (RFC 9309)")
        : RobotsCheck.Verdict.refused(r.failure(), robotsUri + " could not be read, so nothing is fetched from "
            + "this host for now (RFC 9309): " + r.detail());
    return new Entry(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE), why,
        now + TimeUnit.MILLISECONDS.toNanos(config.robots().retryAfterErrorMillis()));
  }
}
