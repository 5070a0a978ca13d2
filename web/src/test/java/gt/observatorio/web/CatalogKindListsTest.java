package gt.observatorio.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import gt.observatorio.crawler.CatalogKinds;
import gt.observatorio.web.registry.RegistryLoader;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every list of catalog kinds a user sees agrees with the harvesters registered in the crawler. */
class CatalogKindListsTest {
  @Test
  void theAdminApiEnumOfKindsIsTheRegisteredKindsButAuto() throws Exception {
    JsonNode doc;
    try (InputStream in = CatalogKindListsTest.class.getClassLoader().getResourceAsStream("openapi.yaml")) {
      doc = new ObjectMapper(new YAMLFactory()).readTree(in);
    }
    JsonNode kind = doc.path("paths").path("/api/admin/v1/sources/{id}").path("put").path("requestBody")
        .path("content").path("application/json").path("schema").path("properties").path("kind");
    List<String> documented = new ArrayList<>();
    kind.path("enum").forEach(k -> documented.add(k.asText()));
    List<String> registered = new ArrayList<>(CatalogKinds.ids());
    registered.remove("auto");
    assertThat(documented).containsExactlyInAnyOrderElementsOf(registered);
  }

  @Test
  void theRegistryAcceptsEveryRegisteredKindInAnyCase() {
    for (String id : CatalogKinds.ids()) {
      String yaml = "institutions:\n  - { code: MINTRAB, name: Trabajo }\n"
          + "sources:\n  - { id: a, institution: MINTRAB, url: 'https://x.gt/', kind: ' " + id.toUpperCase() + "' }\n";
      assertThat(RegistryLoader.parse(yaml.getBytes(StandardCharsets.UTF_8), "r.yaml").sources().get(0).kind())
          .isEqualTo(id);
    }
  }
}
