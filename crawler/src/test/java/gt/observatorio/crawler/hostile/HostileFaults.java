package gt.observatorio.crawler.hostile;

import static gt.observatorio.crawler.hostile.Responses.body;
import static gt.observatorio.crawler.hostile.Responses.endless;
import static gt.observatorio.crawler.hostile.Responses.json;
import static gt.observatorio.crawler.hostile.Responses.nested;
import static gt.observatorio.crawler.hostile.Responses.trickle;

import gt.observatorio.crawler.Crawler;
import gt.observatorio.crawler.CrawlerContext;
import gt.observatorio.crawler.TestCrawler;
import gt.observatorio.crawler.http.FetchRequest;
import gt.observatorio.crawler.http.FetchResult;
import gt.observatorio.engine.domain.HarvestIssue;
import gt.observatorio.engine.domain.HarvestSummary;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The faults of issue 19, each a hostile server (or address) and what the crawler must make of it:
 * a typed outcome (probe outcome or harvest issue code) within a time bound. Shared by
 * {@link HostileServerTest} (asserts) and {@link FaultMatrix} (writes docs/fault-matrix.md).
 */
final class HostileFaults {
  /** The limits every fault runs under (small, so that the suite runs in seconds under -Xmx256m). */
  static final Map<String, String> LIMITS = Map.of(
      "crawler.connectTimeoutMillis", "2000", "crawler.readTimeoutMillis", "2000",
      "crawler.totalTimeoutMillis", "3000", "crawler.maxBodyBytes", "16000000",
      "crawler.maxDecompressedBytes", "16000000", "crawler.limits.maxTriples", "200000",
      "crawler.robots.enabled", "true");

  /** What happened: the outcome id(s) and the first detail. */
  record Observed(String outcome, String detail) {}

  /** One fault: the attack, how it is read, the outcome expected and the time it may take. */
  record Fault(String id, String attack, String expected, long boundMillis, Map<String, String> config,
      Function<Run, Observed> run, HostileServer.Script script) {
    Fault(String id, String attack, String expected, long boundMillis, Map<String, String> config,
        Function<Run, Observed> run) {
      this(id, attack, expected, boundMillis, config, run, null);
    }

    /** Makes a prepared body before the clock starts. */
    void prepare() {
      if (script instanceof Responses.Prepared p) {
        p.prepare();
      }
    }

    void release() {
      if (script instanceof Responses.Prepared p) {
        p.release();
      }
    }
  }

  /** A fault's run: its server and its crawler context. */
  record Run(HostileServer server, CrawlerContext ctx) {
    Observed fetch(String path) {
      return fetchUrl(server.url(path));
    }

    Observed fetchUrl(String url) {
      FetchResult r = ctx.fetcher().fetch(FetchRequest.document(URI.create(url), ctx.config().maxBodyBytes(), true,
          "*/*"));
      return new Observed(r.failure() == null ? "http_" + r.status() : r.failure().id(), r.detail());
    }

    Observed harvest(String kind, String path) {
      HarvestSummary s = Crawler.on(ctx).harvest(kind, URI.create(server.url(path)), d -> { });
      List<String> codes = s.issues().stream().map(HarvestIssue::code).distinct().toList();
      String detail = s.issues().isEmpty() ? s.datasets() + " datasets" : s.issues().get(0).message();
      return new Observed(codes.isEmpty() ? "ok:" + s.datasets() : String.join(",", codes), detail);
    }
  }

  private HostileFaults() {}

  static Fault fetch(String id, String attack, String expected, long bound, HostileServer.Script script) {
    return new Fault(id, attack, expected, bound, Map.of(), r -> {
      r.server().on("/x", script);
      return r.fetch("/x");
    }, script);
  }

  static Fault harvest(String id, String attack, String expected, long bound, String kind,
      Map<String, String> config, HostileServer.Script script) {
    return new Fault(id, attack, expected, bound, config, r -> {
      r.server().on("/c", script);
      return r.harvest(kind, "/c/");
    }, script);
  }

  static List<Fault> all() {
    return List.of(
        fetch("endless-status-line", "status line that never ends", "too_large", 5000,
            endless("HTTP/1.1 200 ", i -> "A".repeat(4096))),
        fetch("endless-header-line", "one header line that never ends", "too_large", 5000,
            endless("HTTP/1.1 200 OK\r\nX-A: ", i -> "a".repeat(4096))),
        fetch("endless-headers", "header lines that never end", "too_large", 5000,
            endless("HTTP/1.1 200 OK\r\n", i -> "X-" + i + ": v\r\n")),
        fetch("header-bytes", "90 header lines of 4,000 bytes (360 KB head)", "too_large", 5000,
            Responses.manyHeaderBytes(90, 4000)),
        fetch("slow-status-line", "status line, one byte every 200 ms", "timeout", 5000,
            trickle("HTTP/1.1 2", '0', 200)),
        fetch("slow-headers", "headers, one byte every 200 ms", "timeout", 5000,
            trickle("HTTP/1.1 200 OK\r\nX-A: ", 'a', 200)),
        fetch("slow-body", "body, one byte every 200 ms", "timeout", 5000,
            trickle("HTTP/1.1 200 OK\r\nContent-Length: 1000000\r\n\r\n", 'a', 200)),
        fetch("silence", "accepts and never answers", "timeout", 5000, Responses.silence()),
        fetch("endless-body", "body without length that never ends", "too_large", 5000,
            endless("HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n", i -> "0".repeat(65536))),
        harvest("gzip-bomb-catalog", "256 MB of zeros gzipped (250 KB) as a CKAN page", "catalog.too_large",
            5000, "ckan", Map.of(), body("application/json", () -> Responses.gzipOfZeros(256L << 20),
                "Content-Encoding: gzip")),
        harvest("ckan-same-page", "CKAN answers the same page whatever start", "catalog.no_progress", 5000,
            "ckan", Map.of("crawler.ckan.rows", "2"), json(t -> ckanPage(100000, 0, 0))),
        harvest("ckan-no-new-dataset", "CKAN pages reorder datasets already given", "catalog.no_progress", 5000,
            "ckan", Map.of("crawler.ckan.rows", "2"), json(t -> ckanPage(100000, start(t) / 2 % 2, 0))),
        harvest("ckan-negative-count", "CKAN declares count -5", "catalog.no_progress", 5000,
            "ckan", Map.of("crawler.ckan.rows", "2"), json(t -> ckanPage(-5, start(t), start(t)))),
        harvest("ckan-count-contradicts", "CKAN declares count 0 and gives datasets", "catalog.no_progress",
            5000, "ckan", Map.of("crawler.ckan.rows", "2"), json(t -> ckanPage(0, 0, start(t)))),
        harvest("harvest-deadline", "CKAN gives new datasets forever, 300 ms a page", "catalog.time_limit",
            5000, "ckan", Map.of("crawler.ckan.rows", "2", "crawler.limits.maxHarvestMillis", "2000"),
            (req, out) -> {
              Thread.sleep(300);
              json(t -> ckanPage(1_000_000_000, 0, start(t))).answer(req, out);
            }),
        harvest("ckan-json-deep", "CKAN page nested 100,000 arrays deep", "catalog.too_deep", 5000,
            "ckan", Map.of(), body("application/json", () -> nested("[", "1", "]", 100_000))),
        harvest("jsonld-deep", "JSON-LD catalog nested 100,000 deep", "catalog.too_deep", 5000, "dcat",
            Map.of(), body("application/ld+json", () -> nested("{\"@id\":\"http://e/a\",\"http://e/p\":", "1", "}", 100_000))),
        harvest("turtle-deep", "Turtle catalog with blank nodes nested 100,000 deep", "catalog.too_deep", 5000,
            "dcat", Map.of(), body("text/turtle", () -> turtleDeep(100_000))),
        harvest("rdfxml-deep", "RDF/XML catalog with elements nested 100,000 deep", "catalog.too_deep", 5000,
            "dcat", Map.of(), body("application/rdf+xml", () -> rdfXmlDeep(100_000))),
        harvest("turtle-too-many-triples", "Turtle catalog whose 50,000 distributions all follow its 50,000 "
            + "datasets (300,000 triples; 200,000 may be held at once)", "catalog.too_large", 40000, "dcat",
            Map.of(), body("text/turtle", () -> dcatTurtleUngrouped(50_000))),
        harvest("turtle-large-streamed", "Turtle catalog of 50,000 datasets, 300,000 triples (200,000 may be "
            + "held at once), streamed", "ok:50000", 60000, "dcat", Map.of(),
            body("text/turtle", () -> dcatTurtle(50_000))),
        harvest("datajson-large-streamed", "data.json of 60,000 datasets (about 13 MB), streamed", "ok:60000",
            30000, "datajson", Map.of(), body("application/json", () -> dataJson(60_000))),
        address("octal-loopback", "0177.0.0.1"),
        address("hex-loopback", "0x7f.0.0.1"),
        address("short-loopback", "127.1"),
        address("decimal-loopback", "2130706433"),
        address("hex-whole-loopback", "0x7f000001"),
        new Fault("robots-refused", "robots.txt host refuses connections", "connection_failed", 5000, Map.of(),
            r -> r.fetchUrl("http://127.0.0.1:" + closedPort() + "/datos.csv")),
        new Fault("robots-tls-failure", "https to a server that speaks plain HTTP", "tls_failure", 5000, Map.of(),
            r -> r.fetchUrl("https://127.0.0.1:" + r.server().port() + "/datos.csv")));
  }

  /** An honest answer, to show the crawler still works after a fault. */
  static Fault honest() {
    return fetch("honest", "an honest 200", "http_200", 2000, body("text/csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)));
  }

  /** A loopback address written another way, with loopback not allowed: refused before connecting. */
  private static Fault address(String id, String host) {
    return new Fault(id, "http://" + host + ":PORT/ (loopback not allowed)", "blocked_private_address", 2000,
        Map.of("crawler.allowedAddressRanges", "192.0.2.0/24"), r -> r.fetchUrl("http://" + host + ":"
            + r.server().port() + "/"));
  }

  static Map<String, String> config(Fault f) {
    Map<String, String> c = new HashMap<>(LIMITS);
    c.putAll(f.config());
    return c;
  }

  private static final Pattern START = Pattern.compile("[?&]start=(\\d+)");

  static int start(String target) {
    Matcher m = START.matcher(target);
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }

  /** A CKAN package_search answer of two datasets, numbered from {@code first}, in an order from {@code flip}. */
  static String ckanPage(long count, int flip, int first) {
    String a = "{\"id\":\"d" + first + "\",\"name\":\"d" + first + "\",\"title\":\"D " + first + "\"}";
    String b = "{\"id\":\"d" + (first + 1) + "\",\"name\":\"d" + (first + 1) + "\",\"title\":\"D " + (first + 1) + "\"}";
    return "{\"success\":true,\"result\":{\"count\":" + count + ",\"results\":[" + (flip == 0 ? a + "," + b : b + "," + a)
        + "]}}";
  }

  static byte[] turtleDeep(int depth) {
    return ("@prefix e: <http://e/> .\ne:s e:p " + "[ e:p ".repeat(depth) + "e:o" + " ]".repeat(depth) + " .\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  static byte[] rdfXmlDeep(int depth) {
    return ("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:e=\"http://e/\">"
        + "<rdf:Description rdf:about=\"http://e/s\">" + "<e:p><rdf:Description>".repeat(depth)
        + "</rdf:Description></e:p>".repeat(depth) + "</rdf:Description></rdf:RDF>").getBytes(StandardCharsets.UTF_8);
  }

  /** A DCAT catalog of {@code n} datasets with one distribution each: 6 triples per dataset. */
  static byte[] dcatTurtle(int n) {
    StringBuilder s = new StringBuilder(n * 260);
    s.append("@prefix dcat: <http://www.w3.org/ns/dcat#> .\n@prefix dct: <http://purl.org/dc/terms/> .\n");
    for (int i = 0; i < n; i++) {
      s.append("<http://e/d").append(i).append("> a dcat:Dataset ; dct:title \"Conjunto ").append(i)
          .append("\"@es ; dct:description \"Datos abiertos de prueba número ").append(i)
          .append("\" ; dcat:distribution <http://e/d").append(i).append("/csv> .\n<http://e/d").append(i)
          .append("/csv> a dcat:Distribution ; dcat:downloadURL <http://e/d").append(i).append(".csv> .\n");
    }
    return s.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The same catalog with every distribution after all the datasets: a dataset is complete only at the end. */
  static byte[] dcatTurtleUngrouped(int n) {
    StringBuilder s = new StringBuilder(n * 260);
    s.append("@prefix dcat: <http://www.w3.org/ns/dcat#> .\n@prefix dct: <http://purl.org/dc/terms/> .\n");
    for (int i = 0; i < n; i++) {
      s.append("<http://e/d").append(i).append("> a dcat:Dataset ; dct:title \"Conjunto ").append(i)
          .append("\"@es ; dct:description \"Datos abiertos de prueba número ").append(i)
          .append("\" ; dcat:distribution <http://e/d").append(i).append("/csv> .\n");
    }
    for (int i = 0; i < n; i++) {
      s.append("<http://e/d").append(i).append("/csv> a dcat:Distribution ; dcat:downloadURL <http://e/d")
          .append(i).append(".csv> .\n");
    }
    return s.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** A data.json catalog (DCAT-US) of {@code n} datasets with one distribution each; the publisher last. */
  static byte[] dataJson(int n) {
    StringBuilder s = new StringBuilder(n * 230);
    s.append("{\"conformsTo\":\"https://project-open-data.cio.gov/v1.1/schema\",\"dataset\":[");
    for (int i = 0; i < n; i++) {
      s.append(i == 0 ? "" : ",").append("{\"identifier\":\"d").append(i).append("\",\"title\":\"Conjunto ")
          .append(i).append("\",\"description\":\"Datos abiertos de prueba número ").append(i)
          .append("\",\"distribution\":[{\"downloadURL\":\"http://e/d").append(i)
          .append(".csv\",\"mediaType\":\"text/csv\"}]}");
    }
    s.append("],\"publisher\":{\"name\":\"Ministerio de Prueba\"}}");
    return s.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** A loopback port with nothing listening. */
  static int closedPort() {
    try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static CrawlerContext context(Fault f) {
    return CrawlerContext.create(TestCrawler.config(config(f)), TestCrawler.CLOCK, TestCrawler.RESOLVER);
  }
}
