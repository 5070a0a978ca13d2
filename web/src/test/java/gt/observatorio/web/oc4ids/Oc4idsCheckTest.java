package gt.observatorio.web.oc4ids;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The observatory's own OC4IDS checks: a complete package passes; each mutation fails naming its path. */
class Oc4idsCheckTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Oc4idsCheck check = new Oc4idsCheck(Optional.empty());

  static ObjectNode complete() throws Exception {
    try (InputStream in = Oc4idsCheckTest.class.getClassLoader()
        .getResourceAsStream("oc4ids/complete/project-package.json")) {
      return (ObjectNode) JSON.readTree(in);
    }
  }

  @Test
  void aCompletePackageWrittenFromTheDocumentationHasNoFinding() throws Exception {
    assertThat(check.check(complete())).isEmpty();
  }

  private static ObjectNode at(JsonNode root, String pointer) {
    return (ObjectNode) root.at(pointer);
  }

  static Stream<Arguments> mutations() {
    return Stream.of(
        Arguments.of("project without id", "oc4ids.required", "/projects/0/id",
            (Consumer<ObjectNode>) p -> at(p, "/projects/0").remove("id")),
        Arguments.of("contracting process without id", "oc4ids.required", "/projects/0/contractingProcesses/1/id",
            (Consumer<ObjectNode>) p -> at(p, "/projects/0/contractingProcesses/1").remove("id")),
        Arguments.of("project status out of the closed codelist", "oc4ids.codelist", "/projects/0/status",
            (Consumer<ObjectNode>) p -> at(p, "/projects/0").put("status", "en ejecución")),
        Arguments.of("project type out of the closed codelist", "oc4ids.codelist", "/projects/0/type",
            (Consumer<ObjectNode>) p -> at(p, "/projects/0").put("type", "new")),
        Arguments.of("contract nature out of the closed codelist", "oc4ids.codelist",
            "/projects/0/contractingProcesses/0/summary/nature/0",
            (Consumer<ObjectNode>) p -> ((ArrayNode) p.at("/projects/0/contractingProcesses/0/summary/nature")).set(0, "obra")),
        Arguments.of("currency not in ISO 4217", "oc4ids.codelist", "/projects/0/budget/amount/currency",
            (Consumer<ObjectNode>) p -> at(p, "/projects/0/budget/amount").put("currency", "Q")),
        Arguments.of("amount as text", "oc4ids.type", "/projects/0/budget/amount/amount",
            (Consumer<ObjectNode>) p -> at(p, "/projects/0/budget/amount").put("amount", "45,000,000.00")),
        Arguments.of("sector as a string instead of a list", "oc4ids.type", "/projects/0/sector",
            (Consumer<ObjectNode>) p -> at(p, "/projects/0").put("sector", "transport")),
        Arguments.of("duration in days with decimals", "oc4ids.type", "/projects/0/period/durationInDays",
            (Consumer<ObjectNode>) p -> at(p, "/projects/0/period").put("durationInDays", 531.5)),
        Arguments.of("date without time", "oc4ids.format", "/projects/0/updated",
            (Consumer<ObjectNode>) p -> at(p, "/projects/0").put("updated", "30/05/2025")),
        Arguments.of("package without uri", "oc4ids.required", "/uri", (Consumer<ObjectNode>) p -> p.remove("uri")),
        Arguments.of("package without publisher", "oc4ids.required", "/publisher",
            (Consumer<ObjectNode>) p -> p.remove("publisher")),
        Arguments.of("publisher without name", "oc4ids.required", "/publisher/name",
            (Consumer<ObjectNode>) p -> at(p, "/publisher").remove("name")),
        Arguments.of("package without published date", "oc4ids.required", "/publishedDate",
            (Consumer<ObjectNode>) p -> p.remove("publishedDate")),
        Arguments.of("package without version", "oc4ids.required", "/version",
            (Consumer<ObjectNode>) p -> p.remove("version")),
        Arguments.of("version with a patch number", "oc4ids.format", "/version",
            (Consumer<ObjectNode>) p -> p.put("version", "0.9.5")),
        Arguments.of("package without projects", "oc4ids.required", "/projects",
            (Consumer<ObjectNode>) p -> p.remove("projects")),
        Arguments.of("empty list of projects", "oc4ids.min_items", "/projects",
            (Consumer<ObjectNode>) p -> ((ArrayNode) p.get("projects")).removeAll()),
        Arguments.of("two projects with one id", "oc4ids.duplicate_id", "/projects/1/id",
            (Consumer<ObjectNode>) p -> ((ArrayNode) p.get("projects")).add(p.get("projects").get(0).deepCopy())),
        Arguments.of("project id without the oc4ids prefix (CoST)", "oc4ids.id_prefix", "/projects/0/id",
            (Consumer<ObjectNode>) p -> at(p, "/projects/0").put("id", "RN-14-2025")),
        Arguments.of("supplier missing from parties (CoST)", "oc4ids.organization_reference_missing",
            "/projects/0/contractingProcesses/1/summary/suppliers/0",
            (Consumer<ObjectNode>) p -> at(p, "/projects/0/contractingProcesses/1/summary/suppliers/0").put("id", "GT-X")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mutations")
  void eachMutationFailsWithAnErrorNamingItsPath(String name, String code, String path, Consumer<ObjectNode> mutate)
      throws Exception {
    ObjectNode pkg = complete();
    mutate.accept(pkg);
    List<Oc4idsFinding> findings = check.check(pkg);
    assertThat(findings).as(name).anySatisfy(f -> {
      assertThat(f.code()).isEqualTo(code);
      assertThat(f.path()).isEqualTo(path);
      assertThat(f.isError()).isTrue();
      assertThat(f.message().es()).isNotBlank();
      assertThat(f.message().en()).isNotBlank();
    });
  }

  @Test
  void anOcidWithoutItsPrefixAndAnEmptyValueAreWarningsOnly() throws Exception {
    ObjectNode pkg = complete();
    at(pkg, "/projects/0/contractingProcesses/1/summary").put("ocid", "NOG-0000002");
    at(pkg, "/projects/0").put("purpose", "");
    assertThat(check.check(pkg)).extracting(f -> f.severity() + " " + f.code() + " " + f.path()).containsExactly(
        "WARNING oc4ids.ocid_prefix /projects/0/contractingProcesses/1/summary/ocid",
        "WARNING oc4ids.empty_value /projects/0/purpose");
  }

  @Test
  void bytesThatAreNotJsonGiveOneError() {
    assertThat(check.check("<html>".getBytes(StandardCharsets.UTF_8))).singleElement()
        .satisfies(f -> assertThat(f.code()).isEqualTo("oc4ids.not_json"));
    assertThat(check.check("[1,2]".getBytes(StandardCharsets.UTF_8))).singleElement()
        .satisfies(f -> assertThat(f.code()).isEqualTo("oc4ids.type"));
  }
}
