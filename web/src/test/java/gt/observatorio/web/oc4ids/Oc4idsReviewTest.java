package gt.observatorio.web.oc4ids;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gt.observatorio.web.oc4ids.Oc4idsFinding;
import gt.observatorio.web.oc4ids.Oc4idsReview;
import gt.observatorio.web.oc4ids.Oc4idsSchema;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class Oc4idsReviewTest {
  private static JsonNode load(String path) throws Exception {
    try (var in = Oc4idsReviewTest.class.getClassLoader().getResourceAsStream(path)) {
      return new ObjectMapper().readTree(in);
    }
  }

  private static Path dir(String path) throws URISyntaxException {
    return Path.of(Oc4idsReviewTest.class.getClassLoader().getResource(path).toURI());
  }

  @Test
  void reportsEachCostReviewCheckAsAFindingWithItsPath() throws Exception {
    List<Oc4idsFinding> f = Oc4idsReview.review(load("oc4ids/mspas/project-package.json"));
    assertThat(f).extracting(Oc4idsFinding::code, Oc4idsFinding::path).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple("oc4ids.empty_value", "/projects/0/description"),
        org.assertj.core.groups.Tuple.tuple("oc4ids.amount_without_currency",
            "/projects/0/contractingProcesses/0/summary/tender/costEstimate"),
        org.assertj.core.groups.Tuple.tuple("oc4ids.organization_reference_missing",
            "/projects/0/contractingProcesses/0/summary/suppliers/1"),
        org.assertj.core.groups.Tuple.tuple("oc4ids.id_prefix", "/projects/1/id"));
    assertThat(f).allSatisfy(x -> assertThat(x.message().es()).isNotBlank());
  }

  @Test
  void aCleanPackageHasNoFinding() throws Exception {
    ObjectNode pkg = (ObjectNode) load("oc4ids/mspas/project-package.json");
    var projects = (com.fasterxml.jackson.databind.node.ArrayNode) pkg.get("projects");
    projects.remove(1);
    ObjectNode p = (ObjectNode) projects.get(0);
    p.put("description", "Ampliación de 12 camas");
    ((ObjectNode) p.at("/contractingProcesses/0/summary/tender/costEstimate")).put("currency", "GTQ");
    ((com.fasterxml.jackson.databind.node.ArrayNode) p.at("/contractingProcesses/0/summary/suppliers")).remove(1);
    assertThat(Oc4idsReview.review(pkg)).isEmpty();
  }

  @Test
  void validatesAgainstASchemaDirectoryWithoutTheNetwork() throws Exception {
    Oc4idsSchema schema = Oc4idsSchema.load(dir("oc4ids/test-schema"));
    assertThat(schema.validate(load("oc4ids/mspas/project-package.json"))).isEmpty();
    ObjectNode broken = (ObjectNode) load("oc4ids/mspas/project-package.json");
    broken.put("version", "0.9.5");
    ((ObjectNode) broken.at("/projects/1")).remove("title");
    assertThat(schema.validate(broken)).extracting(Oc4idsFinding::code).containsOnly("oc4ids.schema").hasSize(2);
    assertThat(schema.validate(broken)).extracting(Oc4idsFinding::path)
        .anySatisfy(p -> assertThat(p).contains("projects[1]"));
  }
}
