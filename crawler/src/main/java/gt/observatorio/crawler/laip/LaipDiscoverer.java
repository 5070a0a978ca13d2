package gt.observatorio.crawler.laip;

import gt.observatorio.crawler.CrawlerContext;
import gt.observatorio.crawler.harvest.Charsets;
import gt.observatorio.crawler.http.FetchRequest;
import gt.observatorio.crawler.http.FetchResult;
import gt.observatorio.engine.domain.HarvestIssue;
import gt.observatorio.engine.domain.ProbeOutcome;
import gt.observatorio.engine.domain.ProbeResult;
import java.net.URI;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Walks an institution's "Información Pública de Oficio" page and the numeral pages and folders it
 * leads to (same host, breadth first, within {@code maxDepth} and {@code maxPages}), and collects
 * the pages and documents classified to each numeral with the dates their names show.
 */
public final class LaipDiscoverer {
  private static final String ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5";

  private final CrawlerContext ctx;
  private final LaipConfig config;
  private final NumeralClassifier classifier;
  private final PageScanner scanner;
  private final LinkClassifier links;

  public LaipDiscoverer(CrawlerContext ctx, LaipConfig config, NumeralClassifier classifier) {
    this.ctx = ctx;
    this.config = config;
    this.classifier = classifier;
    this.scanner = new PageScanner(classifier);
    this.links = new LinkClassifier(classifier);
  }

  private record Task(URI uri, Integer numeral, String text, int depth) {}

  public Discovery discover(URI index) {
    YearMonth now = YearMonth.now(ctx.clock());
    Deque<Task> queue = new ArrayDeque<>();
    Set<String> queued = new HashSet<>();
    Map<String, FoundLink> found = new LinkedHashMap<>();
    Map<String, ProbeResult> fetched = new HashMap<>();
    List<HarvestIssue> issues = new ArrayList<>();
    Set<String> scriptPages = new HashSet<>();
    String layout = null;
    int pages = 0;
    queue.add(new Task(index, null, "", 0));
    queued.add(key(index.toString()));
    while (!queue.isEmpty() && pages < config.maxPages()) {
      Task t = queue.poll();
      FetchResult r = ctx.fetcher().fetch(FetchRequest.document(t.uri(), ctx.config().maxBodyBytes(),
          ctx.config().robots().enabled(), ACCEPT));
      pages++;
      fetched.put(t.uri().toString(), result(t.uri().toString(), r, ctx.clock().instant()));
      boolean html = r.ok() && (r.contentType() == null || r.contentType().toLowerCase().contains("html"));
      if (t.numeral() != null) {
        add(found, new FoundLink(t.numeral(), t.uri().toString(), t.text(),
            html || !r.ok() ? FoundLink.Kind.PAGE : FoundLink.Kind.DOCUMENT, date(t.text(), t.uri().toString(), "", now)));
      }
      if (!html) {
        if (t.depth() == 0 && r.failure() != ProbeOutcome.DISALLOWED_BY_ROBOTS) {
          issues.add(new HarvestIssue("laip.index_unreachable", t.uri().toString(),
              "la página de información pública de oficio no respondió con HTML / the index page did not answer "
                  + "with HTML: " + (r.failure() != null ? r.failure().id() : "HTTP " + r.status())));
        }
        continue;
      }
      PageScanner.Page page = scanner.scan(Charsets.decode(r.body(), r.contentType()).text(), r.finalUri().toString());
      if (t.depth() == 0) {
        layout = page.layout();
      }
      if (page.needsJavaScript()) {
        scriptPages.add(t.uri().toString());
        continue;
      }
      boolean listing = page.layout().equals("listing");
      for (PageLink l : page.links()) {
        if (key(l.url()).equals(key(t.uri().toString())) || key(l.url()).equals(key(r.finalUri().toString()))) {
          continue;
        }
        boolean sameHost = sameHost(l.url(), index);
        boolean child = listing && sameHost && isChild(l.url(), r.finalUri());
        if (listing && !child) {
          continue;
        }
        child &= !l.document();
        Integer n = links.numeral(l, t.numeral(), child, !sameHost).orElse(null);
        if (n == null) {
          if (child && t.depth() < config.maxDepth() && queued.add(key(l.url()))) {
            queue.add(new Task(URI.create(l.url()), null, l.text(), t.depth() + 1));
          }
          continue;
        }
        YearMonth d = date(l.text(), l.url(), l.heading(), now);
        if (l.document()) {
          add(found, new FoundLink(n, l.url(), l.text(),
              ExternalStorage.matches(l.url()) ? FoundLink.Kind.EXTERNAL : FoundLink.Kind.DOCUMENT, d));
        } else if (sameHost && t.depth() < config.maxDepth()) {
          if (queued.add(key(l.url()))) {
            queue.add(new Task(URI.create(l.url()), n, l.text(), t.depth() + 1));
          }
        } else {
          add(found, new FoundLink(n, l.url(), l.text(), FoundLink.Kind.LINK, d));
        }
      }
    }
    return new Discovery(layout == null ? "unknown" : layout, List.copyOf(found.values()), fetched, issues, pages,
        scriptPages);
  }

  static YearMonth date(String text, String url, String heading, YearMonth now) {
    return SpanishDates.ofLink(text, url, heading, now).orElse(null);
  }

  private static void add(Map<String, FoundLink> found, FoundLink l) {
    found.putIfAbsent(l.numeral() + " " + key(l.url()), l);
  }

  private static String key(String url) {
    int hash = url.indexOf('#');
    String u = hash >= 0 ? url.substring(0, hash) : url;
    return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
  }

  private static boolean sameHost(String url, URI index) {
    try {
      String h = URI.create(url.replace(" ", "%20")).getHost();
      return h != null && h.equalsIgnoreCase(index.getHost());
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static boolean isChild(String url, URI page) {
    String dir = page.getPath() == null ? "/" : page.getPath().substring(0, page.getPath().lastIndexOf('/') + 1);
    String p = URI.create(url.replace(" ", "%20")).getPath();
    return p != null && p.startsWith(dir) && p.length() > dir.length();
  }

  static ProbeResult result(String url, FetchResult r, java.time.Instant at) {
    ProbeOutcome o = r.failure() != null ? r.failure()
        : r.ok() ? (r.redirectChain().isEmpty() ? ProbeOutcome.REACHABLE : ProbeOutcome.REDIRECTED)
        : r.status() >= 500 ? ProbeOutcome.SERVER_ERROR : r.status() == 429 ? ProbeOutcome.RATE_LIMITED
        : ProbeOutcome.CLIENT_ERROR;
    return new ProbeResult(url, o, r.status() == 0 ? null : r.status(), r.finalUri().toString(), r.redirectChain(),
        r.contentType(), null, null, null, r.header("Last-Modified"), r.header("ETag"), r.tlsValid(),
        r.latencyMillis(), at, r.detail());
  }
}
