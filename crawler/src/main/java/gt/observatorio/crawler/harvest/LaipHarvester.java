package gt.observatorio.crawler.harvest;

import gt.observatorio.crawler.CrawlerContext;
import gt.observatorio.crawler.HarvesterFactory;
import gt.observatorio.crawler.probe.Formats;
import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.Distribution;
import gt.observatorio.engine.domain.HarvestSummary;
import gt.observatorio.engine.domain.SourceKind;
import gt.observatorio.engine.port.Harvester;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Harvests an institution's Article 10 page (Decreto 57-2008, "información pública de oficio"):
 * the start page links each numeral ("Numeral 4", "4. Remuneraciones", {@code /index.php/26-archivo}
 * as on the shared laip.gt platform). Each numeral found becomes a dataset with identifier
 * {@code laip-art10-N} and theme {@code laip:art10:N}; its distributions are the files on the
 * numeral's page (or the linked file itself). Numerals not found give no dataset.
 */
public final class LaipHarvester implements Harvester {
  /** The theme that marks a dataset as Article 10 numeral N: {@code laip:art10:N}. */
  public static final String THEME_PREFIX = "laip:art10:";
  private static final Pattern BY_WORD = Pattern.compile("(?iu)(?:numeral|inciso)\\s*(\\d{1,2})\\b");
  private static final Pattern BY_NUMBER = Pattern.compile("^\\s*(\\d{1,2})\\s*[.)\\-–:]\\s*\\p{L}.*");
  private static final Pattern BY_PATH = Pattern.compile(".*/(\\d{1,2})-[\\p{L}a-z][^/]*/?$");
  private final CrawlerContext ctx;

  public LaipHarvester(CrawlerContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public SourceKind kind() {
    return SourceKind.LAIP;
  }

  @Override
  public HarvestSummary harvest(URI catalog, Consumer<Dataset> sink) {
    Tally tally = new Tally(sink);
    HtmlHarvester html = new HtmlHarvester(ctx);
    Document index = html.fetch(catalog, tally);
    if (index == null) {
      return tally.summary();
    }
    Map<Integer, Element> numerals = numerals(index);
    int budget = ctx.config().html().maxPages() - 1;
    for (Map.Entry<Integer, Element> e : numerals.entrySet()) {
      int n = e.getKey();
      String href = e.getValue().absUrl("href");
      String label = e.getValue().text().strip();
      List<Distribution> files = new ArrayList<>();
      URI page = Uris.resolve(catalog, href);
      if (page == null) {
        continue;
      }
      if (HtmlPages.isDataFile(href)) {
        files.add(new Distribution(label, href, href, Formats.ofName(href), null, null, null, null, null));
      } else if (budget-- > 0) {
        Document doc = html.fetch(page, tally);
        Dataset d = doc == null ? null : HtmlPages.toDataset(doc, URI.create(doc.location()));
        if (d != null) {
          files.addAll(d.distributions());
        }
      }
      tally.emit(new Dataset("laip-art10-" + n, label, null, null, null, List.of(), List.of(THEME_PREFIX + n),
          null, null, null, null, null, null, "public", page.toString(), files,
          e.getValue().outerHtml()));
    }
    return tally.summary();
  }

  /** Numeral (1-29) to the first link that names it. */
  static Map<Integer, Element> numerals(Document doc) {
    Map<Integer, Element> out = new TreeMap<>();
    for (Element a : doc.select("a[href]")) {
      Integer n = numeral(a.text(), a.absUrl("href"));
      if (n != null) {
        out.putIfAbsent(n, a);
      }
    }
    return out;
  }

  static Integer numeral(String text, String href) {
    for (Matcher m : new Matcher[] {BY_WORD.matcher(text), BY_NUMBER.matcher(text),
        BY_PATH.matcher(href.replaceAll("[?#].*$", ""))}) {
      if (m.matches() || m.pattern() == BY_WORD && m.reset().find()) {
        int n = Integer.parseInt(m.group(1));
        if (n >= 1 && n <= 29) {
          return n;
        }
      }
    }
    return null;
  }

  /** Registers the Article 10 harvester. */
  public static final class Factory implements HarvesterFactory {
    @Override
    public SourceKind kind() {
      return SourceKind.LAIP;
    }

    @Override
    public Harvester create(CrawlerContext ctx) {
      return new LaipHarvester(ctx);
    }
  }
}
