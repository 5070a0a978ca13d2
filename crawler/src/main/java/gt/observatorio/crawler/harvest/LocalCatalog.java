package gt.observatorio.crawler.harvest;

import gt.observatorio.crawler.CrawlerConfig;

import com.fasterxml.jackson.databind.JsonNode;
import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.HarvestSummary;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.eclipse.rdf4j.rio.RDFFormat;

/**
 * A catalog read from disk, the way an officer checks one before publishing it: CKAN API JSON
 * ({@code package_search} or {@code package_show} answers, a list of packages, or one package), a
 * data.json (DCAT-US, DCAT-AR), or DCAT in any RDF syntax RDF4J reads (Turtle, RDF/XML, JSON-LD, ...).
 * With kind {@code auto} the content decides; problems are issues of the summary, never exceptions.
 */
public final class LocalCatalog {
  private LocalCatalog() {}

  /**
   * Reads at most {@code maxBytes} of a file (a larger file is an issue) and parses it within the same depth
   * and triple limits as a catalog on the network: a file on disk is as untrusted.
   */
  public static HarvestSummary read(Path file, long maxBytes, CrawlerConfig.Limits limits, String kind,
      Consumer<Dataset> sink) {
    Tally tally = new Tally(sink);
    String url = file.toUri().toString();
    try (InputStream in = Files.newInputStream(file)) {
      byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (body.length > maxBytes) {
        tally.issue(Issues.TOO_LARGE, url, "file larger than " + maxBytes + " bytes (crawler.maxBodyBytes)");
        return tally.summary();
      }
      read(file.getFileName().toString(), file.toUri(), body, kind, limits, tally);
    } catch (IOException e) {
      tally.issue(Issues.UNREACHABLE, url, "cannot read file: " + e.getMessage());
    }
    return tally.summary();
  }

  /** Maps a document's bytes; {@code name} is used for the RDF syntax when the content does not tell it. */
  static void read(String name, URI base, byte[] body, String kind, CrawlerConfig.Limits limits, Tally tally) {
    String url = base.toString();
    boolean json = looksLikeJson(body);
    if ("dcat".equals(kind) || "auto".equals(kind) && !json) {
      rdf(name, body, url, limits, tally);
      return;
    }
    JsonNode root = JsonReader.parse(url, body, "application/json", limits.maxJsonDepth(), tally.issues());
    if (root == null) {
      return;
    }
    if ("datajson".equals(kind) || "auto".equals(kind) && isDataJson(root)) {
      tally.page();
      DataJsonHarvester.read(root, url, tally);
    } else if ("auto".equals(kind) && (root.has("@graph") || root.has("@context"))) {
      rdf(name, body, url, limits, tally);
    } else if ("ckan".equals(kind) || "auto".equals(kind)) {
      tally.page();
      ckan(root, base, tally, url);
    } else {
      tally.issue(Issues.UNKNOWN_KIND, url, "a file can be read as ckan, datajson, dcat or auto, not " + kind);
    }
  }

  private static void rdf(String name, byte[] body, String url, CrawlerConfig.Limits limits, Tally tally) {
    RDFFormat format = RdfReader.format(null, name, body);
    if (DcatStream.read(body, format, url, limits, tally).read()) {
      tally.page();
    }
  }

  private static void ckan(JsonNode root, URI base, Tally tally, String url) {
    JsonNode result = root.has("result") ? root.get("result") : root;
    JsonNode packages = result.has("results") ? result.get("results") : result;
    if (packages.isObject() && packages.has("resources")) {
      CkanHarvester.emit(packages, base, tally, url);
    } else if (packages.isArray() && (packages.isEmpty() || packages.get(0).isObject())) {
      packages.forEach(p -> CkanHarvester.emit(p, base, tally, url));
    } else {
      tally.issue(Issues.API_ERROR, url, "not a CKAN package_search or package_show answer, nor a data.json");
    }
  }

  private static boolean isDataJson(JsonNode root) {
    return root.path("dataset").isArray()
        || root.isArray() && root.size() > 0 && root.get(0).has("distribution");
  }

  private static boolean looksLikeJson(byte[] body) {
    for (int i = 0; i < body.length; i++) {
      int b = body[i] & 0xff;
      if (b == '{' || b == '[') {
        return true;
      }
      if (!Character.isWhitespace(b) && b != 0xEF && b != 0xBB && b != 0xBF) {
        return false;
      }
    }
    return false;
  }
}
