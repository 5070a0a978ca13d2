package gt.observatorio.web.laip.demo;

import gt.observatorio.crawler.laip.Art10Numeral;
import gt.observatorio.crawler.laip.Art10Numerals;
import gt.observatorio.web.demo.DemoNames;
import java.time.YearMonth;
import java.util.List;

/** The HTML of a simulated Article 10 site in each layout. Pure. */
final class LaipDemoPages {
  private LaipDemoPages() {}

  /** On the numbered-sections portals, this numeral's documents sit in a folder robots.txt disallows. */
  static final int PRIVATE_NUMERAL = 4;
  static final String PRIVATE_DIR = "/ipo/privado/";

  static String docPath(LaipDemoSite site, Art10Numeral n, LaipDemoSite.Doc d) {
    String file = DemoNames.slug(d.title()) + ".pdf";
    String dir = switch (site.layout()) {
      case "wordpress" -> "/wp-content/uploads/" + (d.month() == null ? "2024/02" : d.month().toString()
          .replace('-', '/')) + "/";
      case "listing" -> "/ipo/" + String.format("%02d", n.number()) + "-" + DemoNames.slug(n.label()) + "/";
      case "laip.gt" -> "/images/numeral-" + n.number() + "/";
      default -> n.number() == PRIVATE_NUMERAL ? PRIVATE_DIR : "/ipo/docs/";
    };
    return dir + file;
  }

  /** The paths of this week's broken documents (the server answers 404 for them). */
  static java.util.Set<String> brokenPaths(LaipDemoSite site, int week, YearMonth now) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (Art10Numeral n : Art10Numerals.all()) {
      if (site.publishes(n, week)) {
        site.docs(n, week, now).stream().filter(LaipDemoSite.Doc::broken).forEach(d -> out.add(docPath(site, n, d)));
      }
    }
    return out;
  }

  private static String page(String title, String generator, String body) {
    return "<!DOCTYPE html><html lang=\"es\"><head><meta charset=\"utf-8\">" + generator + "<title>" + title
        + " (simulado)</title></head><body><nav class=\"menu\"><a href=\"/\">Inicio</a> <a href=\"/noticias\">Noticias</a>"
        + " <a href=\"/obras\">Obras</a></nav><main><p><em>Portal simulado para la demostración / Simulated portal"
        + "</em></p><h1>" + title + "</h1>" + body + "</main><footer class=\"pie\"><a href=\"/contacto\">Contacto</a>"
        + "</footer></body></html>";
  }

  static String sections(LaipDemoSite site, int week, YearMonth now) {
    StringBuilder sb = new StringBuilder("<table><tr><th>No.</th><th>Información</th><th>Documento</th></tr>");
    for (Art10Numeral n : Art10Numerals.all()) {
      if (site.publishes(n, week)) {
        sb.append("<tr><td>").append(n.number()).append("</td><td>").append(n.label()).append("</td><td>");
        for (LaipDemoSite.Doc d : site.docs(n, week, now)) {
          sb.append("<a href=\"").append(docPath(site, n, d)).append("\">").append(d.title()).append("</a><br>");
        }
        sb.append("</td></tr>");
      }
    }
    return page("Artículo 10 — " + site.code(), "", sb.append("</table>").toString());
  }

  static String wordpress(LaipDemoSite site, int week, YearMonth now) {
    StringBuilder sb = new StringBuilder("<div class=\"elementor-accordion\">");
    for (Art10Numeral n : Art10Numerals.all()) {
      if (site.publishes(n, week)) {
        sb.append("<div class=\"elementor-tab-title\">Artículo 10 Numeral ").append(n.number()).append(" – ")
            .append(n.label()).append("</div><div class=\"elementor-tab-content\"><ul>");
        for (LaipDemoSite.Doc d : site.docs(n, week, now)) {
          sb.append("<li><a href=\"").append(docPath(site, n, d)).append("\">").append(d.title()).append("</a></li>");
        }
        sb.append("</ul></div>");
      }
    }
    return page("Información Pública de Oficio — " + site.code(),
        "<meta name=\"generator\" content=\"WordPress 6.4.3\">", sb.append("</div>").toString());
  }

  static String laipIndex(LaipDemoSite site, int week) {
    StringBuilder sb = new StringBuilder("<ul>");
    for (Art10Numeral n : Art10Numerals.all()) {
      if (site.publishes(n, week)) {
        sb.append("<li><a href=\"/index.php/").append(n.number()).append('-').append(DemoNames.slug(n.label()))
            .append("\">Numeral ").append(n.number()).append(" - ").append(n.label()).append("</a></li>");
      }
    }
    return page("Información Pública de Oficio — " + site.code(), "", sb.append("</ul>").toString());
  }

  static String laipNumeral(LaipDemoSite site, Art10Numeral n, int week, YearMonth now) {
    StringBuilder sb = new StringBuilder("<table class=\"phocadownload\">");
    for (LaipDemoSite.Doc d : site.docs(n, week, now)) {
      sb.append("<tr><td><a href=\"").append(docPath(site, n, d)).append("\">").append(d.title())
          .append("</a></td></tr>");
    }
    return page(n.label(), "", sb.append("</table>").toString());
  }

  static String listing(String dir, List<String> entries) {
    StringBuilder sb = new StringBuilder("<html><head><title>Index of " + dir + "</title></head><body><h1>Index of "
        + dir + "</h1><table><tr><td><a href=\"/\">Parent Directory</a></td></tr>");
    entries.forEach(e -> sb.append("<tr><td><a href=\"").append(e).append("\">").append(e).append("</a></td></tr>"));
    return sb.append("</table></body></html>").toString();
  }
}
