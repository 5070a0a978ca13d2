package gt.observatorio.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code harvest FILE} and {@code score FILE}: an officer checks a catalog on disk before publishing it. */
class LocalCatalogCommandTest {
  private static final String TURTLE = """
      @prefix dcat: <http://www.w3.org/ns/dcat#> .
      @prefix dct: <http://purl.org/dc/terms/> .
      <https://datos.example.gob.gt/dataset/empleo> a dcat:Dataset ;
        dct:title "Empleo formal"@es ;
        dct:description "Afiliados por departamento."@es ;
        dcat:distribution [ a dcat:Distribution ;
          dcat:accessURL <https://datos.example.gob.gt/descargas/empleo.csv> ;
          dct:format <http://publications.europa.eu/resource/authority/file-type/CSV> ] .
      """;
  private static final String DATA_JSON = """
      {"conformsTo": "https://project-open-data.cio.gov/v1.1/schema", "dataset": [
        {"identifier": "empleo", "title": "Empleo formal", "description": "Afiliados",
         "distribution": [{"downloadURL": "https://datos.example.gob.gt/empleo.csv", "mediaType": "text/csv"}]},
        {"identifier": "salud", "title": "Establecimientos de salud", "distribution": []}]}
      """;
  private final Cli cli = new Cli();

  @Test
  void harvestReadsACkanAnswerFromDisk(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("package_search.json");
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("ckan/datos-gob-gt/package_search.json")) {
      Files.write(file, in.readAllBytes());
    }
    assertThat(cli.run("harvest", file.toString(), "--json")).as(cli.err()).isZero();
    assertThat(cli.jsonLines()).hasSize(3);
    assertThat(cli.err()).contains("datasets: 3");
  }

  @Test
  void scoreReadsDcatTurtleFromDisk(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("catalogo.ttl"), TURTLE);
    assertThat(cli.run("score", file.toString(), "--json", "--no-probe", "--profile", "mqa")).as(cli.err()).isZero();
    List<JsonObject> scores = cli.jsonLines();
    assertThat(scores).singleElement().satisfies(s -> {
      assertThat(s.getString("title")).isEqualTo("Empleo formal");
      assertThat(s.getString("profile")).isEqualTo("mqa");
    });
  }

  @Test
  void scoreReadsADataJsonGivenAsAFileUri(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("data.json"), DATA_JSON);
    assertThat(cli.run("score", file.toUri().toString(), "--json", "--no-probe")).as(cli.err()).isZero();
    assertThat(cli.jsonLines()).extracting(j -> j.getString("title"))
        .containsExactly("Empleo formal", "Establecimientos de salud");
  }

  @Test
  void aFileThatDoesNotExistIsBadUsage() {
    assertThat(cli.run("score", "/no/existe/catalogo.json")).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.err()).contains("no such file");
  }
}
