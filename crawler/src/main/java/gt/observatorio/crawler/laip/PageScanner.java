package gt.observatorio.crawler.laip;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads the links of an HTML page with their headings and layout hints. Pure. */
public final class PageScanner {
  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "summary", "dt", "button",
      "strong", "b", "caption", "legend");
  private static final Pattern DOCUMENT = Pattern.compile(
      ".*\\.(pdf|docx?|xlsx?|csv|ods|odt|odp|pptx?|zip|rar|7z|json|xml|txt|jpe?g|png)$");
  private static final Pattern NAV = Pattern.compile("(^|[\\s_-])(nav|navbar|menu|sidebar|footer|header|breadcrumbs?|pie|piepagina|encabezado|migas)"
      + "($|[\\s_-])");

  /**
   * A scanned page: its title, the layout it shows and its links in document order.
   *
   * @param needsJavaScript the page has scripts but (almost) no text or links of its own: its content is
   *     drawn by JavaScript, which is never run
   */
  public record Page(String title, String layout, List<PageLink> links, boolean needsJavaScript) {}

  private final NumeralClassifier classifier;

  public PageScanner(NumeralClassifier classifier) {
    this.classifier = classifier;
  }

  public Page scan(String html, String baseUrl) {
    Document doc = Jsoup.parse(html, baseUrl);
    List<PageLink> links = new ArrayList<>();
    String heading = "";
    String section = "";
    for (Element e : doc.body().select("*")) {
      String tag = e.normalName();
      if (isHeading(e, tag)) {
        heading = e.text();
        if (names(heading)) {
          section = heading;
        } else if (tag.matches("h[1-6]")) {
          section = "";
        }
      }
      if (!tag.equals("a") || !e.hasAttr("href")) {
        continue;
      }
      String href = e.attr("href").trim();
      if (href.isEmpty() || href.startsWith("#") || href.matches("(?i)^(mailto|tel|javascript):.*")) {
        continue;
      }
      String url = e.absUrl("href");
      if (url.isEmpty() || !url.matches("(?i)^https?://.*")) {
        continue;
      }
      String context = section;
      Element row = e.closest("tr");
      if (row != null && names(row.text().replace(e.text(), " "))) {
        context = row.text().replace(e.text(), " ");
      }
      Element item = e.closest("li");
      Element outer = item == null || item.parent() == null ? null : item.parent().closest("li");
      if (outer != null && names(outer.ownText())) {
        context = outer.ownText();
      }
      links.add(new PageLink(url, e.text(), context, heading, inNavigation(e), isDocument(url)));
    }
    boolean js = needsJavaScript(doc, links);
    return new Page(doc.title(), js ? "javascript" : layout(doc, baseUrl, links), links, js);
  }

  private boolean names(String text) {
    return classifier.classifyText(text).isPresent();
  }

  /** Whether a URL names a file rather than a page. */
  public static boolean isDocument(String url) {
    String path = TextNorm.fold(TextNorm.decodedPath(url));
    int q = path.indexOf('?');
    String p = q >= 0 ? path.substring(0, q) : path;
    return DOCUMENT.matcher(p).matches() || path.contains("download=") || p.contains("/download/")
        || ExternalStorage.matches(url) || url.contains("docs.google.com/");
  }

  /** Scripts, fewer than 3 links and under 200 characters of text outside scripts and noscript notices. */
  static boolean needsJavaScript(Document doc, List<PageLink> links) {
    if (doc.select("script").isEmpty() || links.size() >= 3) {
      return false;
    }
    Document copy = doc.clone();
    copy.select("script, noscript, style, template").remove();
    return copy.body().text().trim().length() < 200;
  }

  private static boolean isHeading(Element e, String tag) {
    if (!HEADINGS.contains(tag)) {
      return e.className().toLowerCase(Locale.ROOT).matches(".*(accordion|toggle|panel|tab)[-_]?(title|heading|header).*");
    }
    return (!tag.equals("strong") && !tag.equals("b")) || e.selectFirst("a") == null && e.closest("a") == null;
  }

  private static boolean inNavigation(Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      String tag = p.normalName();
      if (tag.equals("nav") || tag.equals("header") || tag.equals("footer") || tag.equals("aside")) {
        return true;
      }
      String marks = (p.id() + " " + p.className()).toLowerCase(Locale.ROOT);
      if (NAV.matcher(marks).find()) {
        return true;
      }
    }
    return false;
  }

  private static String layout(Document doc, String baseUrl, List<PageLink> links) {
    String host = java.net.URI.create(baseUrl).getHost();
    if (host != null && host.toLowerCase(Locale.ROOT).endsWith(".laip.gt")
        || links.stream().filter(l -> l.url().matches(".*/index\\.php/\\d{1,2}-[^/]+/?$")).count() >= 5) {
      return "laip.gt";
    }
    if (doc.title().startsWith("Index of") || doc.select("a").stream().anyMatch(
        a -> a.text().trim().equalsIgnoreCase("Parent Directory"))) {
      return "listing";
    }
    String gen = doc.select("meta[name=generator]").attr("content").toLowerCase(Locale.ROOT);
    if (gen.contains("wordpress") || doc.html().contains("/wp-content/")) {
      return "wordpress";
    }
    return "sections";
  }
}
