package gt.observatorio.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The Atom feeds of the demo's events (issue 17): valid Atom 1.0, dated entries, national and per institution. */
class EventFeedTest {
  private static final String ATOM = "http://www.w3.org/2005/Atom";
  private static ApiClient api;

  @BeforeAll
  static void start() {
    api = new ApiClient(SharedDemo.get().port());
  }

  private static Document feed(String path) throws Exception {
    HttpResponse<String> r = api.raw(path);
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("application/atom+xml");
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
  }

  private static String child(Element e, String name) {
    NodeList l = e.getElementsByTagNameNS(ATOM, name);
    return l.getLength() == 0 ? null : l.item(0).getTextContent();
  }

  /** Checks the feed's required elements and every entry's; returns the entries' ids. */
  private static Set<String> entries(Document d, String path) {
    Element feed = d.getDocumentElement();
    assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
    assertThat(feed.getLocalName()).isEqualTo("feed");
    assertThat(child(feed, "id")).as(path + " id").endsWith(path);
    assertThat(child(feed, "title")).as(path + " title").isNotBlank();
    OffsetDateTime.parse(child(feed, "updated"));
    assertThat(feed.getElementsByTagNameNS(ATOM, "author").getLength()).isPositive();
    NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
    assertThat(entries.getLength()).as(path + " entries").isPositive();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < entries.getLength(); i++) {
      Element e = (Element) entries.item(i);
      assertThat(child(e, "id")).startsWith("urn:uuid:");
      ids.add(child(e, "id"));
      assertThat(child(e, "title")).contains(" / ");
      assertThat(OffsetDateTime.parse(child(e, "updated")).getYear()).isGreaterThan(2000);
      Element link = (Element) e.getElementsByTagNameNS(ATOM, "link").item(0);
      assertThat(link.getAttribute("href")).matches("http://[^/]+/#/(institucion/.+|conjunto/.+|articulo-10/[0-9]{4}-[0-9]{2}|plan|madurez/.+)");
    }
    assertThat(ids).as(path + " distinct ids").hasSize(entries.getLength());
    return ids;
  }

  @Test
  void theNationalFeedAndEveryInstitutionsFeedHoldDatedEntriesThatLinkToTheDashboard() throws Exception {
    Document nationalFeed = feed("/api/v1/feed.atom");
    Set<String> national = entries(nationalFeed, "/api/v1/feed.atom");
    java.util.Map<String, Integer> kinds = new java.util.TreeMap<>();
    NodeList all = nationalFeed.getElementsByTagNameNS(ATOM, "category");
    for (int i = 0; i < all.getLength(); i++) {
      kinds.merge(((Element) all.item(i)).getAttribute("term"), 1, Integer::sum);
    }
    System.out.println("national feed entries by kind: " + kinds);
    assertThat(kinds.keySet()).as("changes between the demo's weeks, not only first measurements")
        .anyMatch(k -> !k.equals("FIRST_MEASURED"));
    assertThat(kinds.keySet()).as("read from the stored score cards' findings")
        .anyMatch(k -> k.equals("LINK_BROKEN") || k.equals("DATASET_OVERDUE"));
    JsonArray institutions = api.get("/api/v1/rankings").getJsonArray("institutions");
    assertThat(institutions).isNotEmpty();
    for (Object o : institutions) {
      String code = ((JsonObject) o).getString("code");
      String path = "/api/v1/institutions/" + code + "/feed.atom";
      Document d = feed(path);
      entries(d, path);
      NodeList cats = d.getElementsByTagNameNS(ATOM, "category");
      assertThat(cats.getLength()).isPositive();
    }
    assertThat(national).isNotEmpty();
  }

  @Test
  void anUnknownInstitutionsFeedIsNotFound() {
    assertThat(api.raw("/api/v1/institutions/NOEXISTE/feed.atom").statusCode()).isEqualTo(404);
  }
}
