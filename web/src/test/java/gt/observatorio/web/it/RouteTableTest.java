package gt.observatorio.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import gt.observatorio.web.api.ApiRoute;
import gt.observatorio.web.api.RouteTable;
import io.vertx.ext.web.Route;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The route table of a running observatory and {@code openapi.yaml} describe the same operations:
 * method, path and operationId, and no route reaches the router outside the table.
 */
class RouteTableTest {
  private static RouteTable table;

  @BeforeAll
  static void start() {
    table = SharedDemo.get().observatory().routes();
  }

  @SuppressWarnings("unchecked")
  private static Set<String> documented() throws IOException {
    try (InputStream in = RouteTableTest.class.getClassLoader().getResourceAsStream("openapi.yaml")) {
      Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) new Yaml()
          .<Map<String, Object>>load(in).get("paths");
      Set<String> out = new TreeSet<>();
      paths.forEach((path, item) -> item.forEach((method, op) -> {
        if (op instanceof Map<?, ?> m && m.get("operationId") != null) {
          out.add(method.toUpperCase(Locale.ROOT) + " " + path + " " + m.get("operationId"));
        }
      }));
      return out;
    }
  }

  private static Set<String> routed() {
    return table.routes().stream().map(r -> r.method().name() + " " + r.path() + " " + r.operationId())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void everyRouteIsAnOperationOfTheOpenApiDocument() throws IOException {
    Set<String> extra = new TreeSet<>(routed());
    extra.removeAll(documented());
    assertThat(extra).as("routes missing from openapi.yaml (method, path, operationId)").isEmpty();
  }

  @Test
  void everyOperationOfTheOpenApiDocumentHasARoute() throws IOException {
    Set<String> missing = new TreeSet<>(documented());
    missing.removeAll(routed());
    assertThat(missing).as("operations of openapi.yaml without a route").isEmpty();
  }

  @Test
  void everyOperationIdIsRoutedOnce() {
    assertThat(table.routes().stream().map(ApiRoute::operationId)).doesNotHaveDuplicates();
  }

  @Test
  void noRouteWithAMethodAndAPathBypassesTheTable() {
    Set<String> tabled = table.routes().stream().map(r -> r.method().name() + " " + r.routerPath())
        .collect(Collectors.toSet());
    Set<String> outside = new TreeSet<>();
    for (Route r : table.router().getRoutes()) {
      if (r.methods() == null || r.methods().isEmpty() || r.getPath() == null || r.isRegexPath()
          || !r.isExactPath()) {
        continue;
      }
      r.methods().forEach(m -> {
        if (!tabled.contains(m.name() + " " + r.getPath())) {
          outside.add(m.name() + " " + r.getPath());
        }
      });
    }
    assertThat(outside).as("routes mounted outside the route table").isEmpty();
  }
}
