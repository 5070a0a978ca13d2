package gt.observatorio.crawler.harvest;

import gt.observatorio.crawler.probe.Formats;
import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.Distribution;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads HTML pages with Jsoup (never executing anything): links to data files by extension or
 * link text, {@code <link rel="alternate">} to DCAT or data.json, and in-site links worth
 * following (pagination, dataset-like paths).
 */
public final class HtmlPages {
  private static final Pattern DOWNLOAD_TEXT = Pattern.compile("(?iu).*(descarg|download|bajar).*");
  private static final Pattern NEXT_TEXT = Pattern.compile("(?iu)\\s*(siguiente|próxima|proxima|next|›|»|>>?)\\s*");
  private static final Pattern DATA_PATH = Pattern.compile(
      "(?i).*/(dataset|datasets|datos|conjunto|catalogo|catálogo|descargas?|transparencia|informacion-publica|"
          + "informaci%C3%B3n-p%C3%BAblica|laip|numeral|articulo-10|page|pagina)[/-]?.*");
  private static final int RAW_LIMIT = 64 * 1024;

  private HtmlPages() {}

  /** Parses a page; the charset from the Content-Type, else the page's meta tag, else UTF-8. */
  public static Document parse(byte[] body, String contentType, URI base) {
    Charset cs = Charsets.declared(contentType);
    try {
      return Jsoup.parse(new ByteArrayInputStream(body), cs == null ? null : cs.name(), base.toString());
    } catch (IOException e) {
      return Jsoup.parse(new String(body, java.nio.charset.StandardCharsets.UTF_8), base.toString());
    }
  }

  /** Whether a URL names a data file by its extension. */
  public static boolean isDataFile(String url) {
    return Formats.dataFile(url);
  }

  /** The page as a dataset whose distributions are its data-file links; null when it has none. */
  static Dataset toDataset(Document doc, URI page) {
    Map<String, Distribution> files = new LinkedHashMap<>();
    StringBuilder raw = new StringBuilder(doc.head().select("title, meta").outerHtml());
    for (Element a : doc.select("a[href]")) {
      String href = a.absUrl("href");
      if (href.isEmpty() || !href.startsWith("http") || files.containsKey(href)) {
        continue;
      }
      boolean byText = DOWNLOAD_TEXT.matcher(a.text()).matches() && !href.matches("(?i).*(\\.html?|/)$");
      if (isDataFile(href) || byText) {
        String title = a.text().isBlank() ? href.substring(href.lastIndexOf('/') + 1) : a.text().strip();
        files.put(href, new Distribution(title, href, href, Formats.ofName(href), null, null, null, null, null, null));
        if (raw.length() < RAW_LIMIT) {
          raw.append('\n').append(a.outerHtml());
        }
      }
    }
    if (files.isEmpty()) {
      return null;
    }
    Element h1 = doc.selectFirst("h1");
    String title = h1 != null && !h1.text().isBlank() ? h1.text().strip() : doc.title().strip();
    List<String> keywords = new ArrayList<>();
    for (String k : meta(doc, "keywords", "").split(",")) {
      if (!k.isBlank()) {
        keywords.add(k.strip());
      }
    }
    return new Dataset(page.toString(), title.isEmpty() ? page.toString() : title,
        blankToNull(meta(doc, "description", "og:description")),
        blankToNull(meta(doc, "author", "og:site_name")), null, keywords, List.of(), null, null,
        blankToNull(meta(doc, "dcterms.modified", "article:modified_time")), null, null, null, null,
        page.toString(), new ArrayList<>(files.values()),
        raw.length() > RAW_LIMIT ? raw.substring(0, RAW_LIMIT) : raw.toString());
  }

  /** {@code <link rel="alternate">} targets that are DCAT (RDF) or data.json, by kind. */
  static Map<String, URI> alternates(Document doc) {
    Map<String, URI> out = new LinkedHashMap<>();
    for (Element l : doc.select("link[rel~=(?i)alternate][href]")) {
      String type = l.attr("type").toLowerCase(Locale.ROOT);
      String href = l.absUrl("href");
      URI uri = Uris.resolve(URI.create(doc.location().isEmpty() ? "http://invalid/" : doc.location()), href);
      if (uri == null) {
        continue;
      }
      if (type.contains("rdf+xml") || type.contains("turtle") || type.contains("ld+json")) {
        out.putIfAbsent("dcat", uri);
      } else if (type.contains("json") && href.toLowerCase(Locale.ROOT).contains("data.json")) {
        out.putIfAbsent("datajson", uri);
      }
    }
    return out;
  }

  /** In-site links worth following: pagination first, then dataset-like paths; never data files. */
  static List<URI> follow(Document doc, URI page) {
    List<URI> next = new ArrayList<>();
    List<URI> other = new ArrayList<>();
    for (Element a : doc.select("a[href], link[rel~=(?i)next][href]")) {
      URI u = Uris.resolve(page, a.absUrl("href"));
      if (u == null || u.getHost() == null || !u.getHost().equalsIgnoreCase(page.getHost())
          || isDataFile(u.toString()) || u.getScheme() == null || !u.getScheme().startsWith("http")) {
        continue;
      }
      u = stripFragment(u);
      boolean isNext = a.attr("rel").toLowerCase(Locale.ROOT).contains("next")
          || NEXT_TEXT.matcher(a.text()).matches();
      if (isNext) {
        next.add(u);
      } else if (DATA_PATH.matcher(u.getRawPath() == null ? "" : u.getRawPath()).matches()) {
        other.add(u);
      }
    }
    next.addAll(other);
    return next;
  }

  private static URI stripFragment(URI u) {
    String s = u.toString();
    int i = s.indexOf('#');
    return i < 0 ? u : URI.create(s.substring(0, i));
  }

  private static String meta(Document doc, String name, String property) {
    Element e = doc.selectFirst("meta[name=" + name + "]");
    if (e == null && !property.isEmpty()) {
      e = doc.selectFirst("meta[property=" + property + "]");
    }
    return e == null ? "" : e.attr("content");
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
