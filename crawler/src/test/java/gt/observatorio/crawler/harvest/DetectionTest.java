package gt.observatorio.crawler.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gt.observatorio.crawler.CatalogKinds;
import gt.observatorio.crawler.CatalogSite;
import gt.observatorio.crawler.HarvesterFactory;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How each registered kind recognises its catalogs, and which one auto-detection picks. */
class DetectionTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static HarvesterFactory kind(String id) {
    return CatalogKinds.factories().stream().filter(f -> f.kind().equals(id)).findFirst().orElseThrow();
  }

  /** A site answering {@code path=json;path=json} (JSON documents at paths relative to its base). */
  private static Map<String, JsonNode> answers(String spec) throws Exception {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    if (spec != null) {
      for (String pair : spec.split(";(?=[a-z])")) {
        String[] pathAndJson = pair.split("=(?=[\\[{])", 2);
        out.put(pathAndJson[0], JSON.readTree(pathAndJson[1]));
      }
    }
    return out;
  }

  @ParameterizedTest(name = "{0} claims {1}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      dcat         | https://datos.gob.gt/catalog.ttl        | true
      dcat         | https://datos.gob.gt/CATALOG.RDF        | true
      dcat         | https://x.gob.gt/dcat.jsonld            | true
      dcat         | https://x.gob.gt/onto.owl               | true
      dcat         | https://x.gob.gt/data.json              | false
      dcat         | https://x.gob.gt/                       | false
      datajson     | https://x.gob.gt/data.json              | true
      datajson     | https://x.gob.gt/api/Catalog.JSON       | true
      datajson     | https://x.gob.gt/dcat.jsonld            | false
      datajson     | https://x.gob.gt/                       | false
      sitemap      | https://x.gob.gt/sitemap.xml            | true
      sitemap      | https://x.gob.gt/sitemap-1.xml.gz       | true
      sitemap      | https://x.gob.gt/feed.rss               | false
      ckan         | https://x.gob.gt/catalog.ttl            | false
      socrata      | https://x.gob.gt/data.json              | false
      opendatasoft | https://x.gob.gt/data.json              | false
      html         | https://x.gob.gt/index.html             | false
      laip         | https://x.gob.gt/informacion-publica    | false
      auto         | https://x.gob.gt/data.json              | false
      """)
  void eachKindClaimsOnlyItsOwnAddresses(String kind, String url, boolean claims) {
    assertThat(kind(kind).detectsAddress(URI.create(url))).isEqualTo(claims);
  }

  @ParameterizedTest(name = "{0} recognises {1}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      ckan         | api/3/action/status_show={"success": true, "result": {}}            | true
      ckan         | api/3/action/status_show={"success": false}                         | false
      ckan         | api/3/action/status_show=[]                                         | false
      ckan         |                                                                     | false
      datajson     | data.json={"dataset": []}                                           | true
      datajson     | data.json=[]                                                        | true
      datajson     | data.json={"dataset": {}}                                           | false
      datajson     |                                                                     | false
      opendatasoft | api/explore/v2.1/catalog/datasets?limit=1={"total_count": 0}        | true
      opendatasoft | api/explore/v2.1/catalog/datasets?limit=1={"results": []}           | false
      socrata      | api/catalog/v1?limit=1={"results": [], "resultSetSize": 0}          | true
      socrata      | api/catalog/v1?limit=1={"total_count": 0}                           | false
      html         |                                                                     | true
      dcat         | data.json={"dataset": []}                                           | false
      sitemap      | data.json={"dataset": []}                                           | false
      laip         | api/3/action/status_show={"success": true}                          | false
      auto         | api/3/action/status_show={"success": true}                          | false
      """)
  void eachKindRecognisesOnlyItsOwnSite(String kind, String site, boolean recognises) throws Exception {
    Map<String, JsonNode> answers = answers(site);
    assertThat(kind(kind).detectsSite(answers::get)).isEqualTo(recognises);
  }

  @ParameterizedTest(name = "{0} with {1} is {2}, asking {3}")
  @CsvSource(delimiter = '|', textBlock = """
      https://x.gob.gt/catalog.ttl | api/3/action/status_show={"success": true}                                    | dcat         | ''
      https://x.gob.gt/data.json   |                                                                              | datajson     | ''
      https://x.gob.gt/sitemap.xml |                                                                              | sitemap      | ''
      https://x.gob.gt/            | api/3/action/status_show={"success": true};data.json={"dataset": []}        | ckan         | api/3/action/status_show
      https://x.gob.gt/            | data.json={"dataset": []};api/catalog/v1?limit=1={"resultSetSize": 0}       | datajson     | api/3/action/status_show data.json
      https://x.gob.gt/            | api/explore/v2.1/catalog/datasets?limit=1={"total_count": 3}                 | opendatasoft | api/3/action/status_show data.json api/explore/v2.1/catalog/datasets?limit=1
      https://x.gob.gt/            | api/catalog/v1?limit=1={"resultSetSize": 0}                                  | socrata      | api/3/action/status_show data.json api/explore/v2.1/catalog/datasets?limit=1 api/catalog/v1?limit=1
      https://x.gob.gt/            |                                                                              | html         | api/3/action/status_show data.json api/explore/v2.1/catalog/datasets?limit=1 api/catalog/v1?limit=1
      """)
  void autoDetectionPicksTheFirstKindToRecogniseTheCatalog(String url, String site, String kind, String asked)
      throws Exception {
    Map<String, JsonNode> answers = answers(site);
    List<String> paths = new ArrayList<>();
    CatalogSite recording = path -> {
      paths.add(path);
      return answers.get(path);
    };
    assertThat(AutoHarvester.detected(CatalogKinds.factories(), URI.create(url), recording))
        .map(HarvesterFactory::kind).contains(kind);
    assertThat(String.join(" ", paths)).isEqualTo(asked);
  }
}
