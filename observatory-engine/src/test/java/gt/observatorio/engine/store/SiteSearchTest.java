package gt.observatorio.engine.store;

import static gt.observatorio.engine.testing.EngineFixture.join;
import static org.assertj.core.api.Assertions.assertThat;

import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.Institution;
import gt.observatorio.engine.domain.Source;
import gt.observatorio.engine.testing.EngineFixture;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Search ignores case and accents over institutions, published datasets and publishers; any character is text. */
class SiteSearchTest {
  private EngineFixture f;
  private PublicQueries queries;

  @BeforeEach
  void setUp() {
    f = new EngineFixture(10);
    queries = new PublicQueries(f.db.pool());
    Source s = new Source("mingob-ckan", "MINGOB", URI.create("http://portal.test/mingob"), "ckan", null);
    join(f.registry.upsert(List.of(new Institution("MINGOB", "Ministerio de Gobernación", "ministerio", "seguridad"),
        new Institution("PCT", "100% Transparencia_Ya", "secretaria", "x"),
        new Institution("CEMP", "Comisión de Enlace con el Ministerio Público", "comision", "x")), List.of(s)));
    Dataset d = EngineFixture.dataset("delitos", "Denuncias por Región y Año", "Estadísticas", "CC-BY-4.0",
        "http://files.test/delitos.csv");
    Dataset other = EngineFixture.dataset("otro", "Presupuesto", "Ejecución", "CC-BY-4.0",
        "http://files.test/otro.csv");
    f.harvester.serve(s.url(), List.of(publishedBy(d, "Dirección de Informática"), publishedBy(other, "Tesorería")));
    f.pipeline.crawl(s);
  }

  @AfterEach
  void tearDown() {
    f.close();
  }

  private static Dataset publishedBy(Dataset d, String publisher) {
    return new Dataset(d.identifier(), d.title(), d.description(), publisher, d.contactPoint(), d.keywords(),
        d.themes(), d.license(), d.issued(), d.modified(), d.accrualPeriodicity(), d.spatial(), d.temporal(),
        d.accessRights(), d.landingPage(), d.distributions(), d.rawMetadata());
  }

  private SearchResults search(String q) {
    return join(queries.search(q, "observatorio", 20));
  }

  @Test
  void unaccentedLowerCaseTextFindsTheAccentedName() {
    assertThat(search("gobernacion").institutions()).extracting(SearchResults.InstitutionHit::code)
        .containsExactly("MINGOB");
    assertThat(search("GOBERNACIÓN").institutions()).extracting(SearchResults.InstitutionHit::code)
        .containsExactly("MINGOB");
    assertThat(search("region y ano").datasets()).extracting(SearchResults.DatasetHit::title)
        .containsExactly("Denuncias por Región y Año");
    assertThat(search("informatica").publishers()).extracting(SearchResults.PublisherHit::name,
        SearchResults.PublisherHit::institutionCode, SearchResults.PublisherHit::datasets)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Dirección de Informática", "MINGOB", 1));
  }

  @Test
  void wildcardsAndBackslashAreLiteralText() {
    assertThat(search("%").institutions()).extracting(SearchResults.InstitutionHit::code).containsExactly("PCT");
    assertThat(search("_").institutions()).extracting(SearchResults.InstitutionHit::code).containsExactly("PCT");
    assertThat(search("%").datasets()).isEmpty();
    assertThat(search("\\").institutions()).isEmpty();
    assertThat(search("'; select 1 --").institutions()).isEmpty();
  }

  @Test
  void namesThatStartWithTheTextComeFirst() {
    assertThat(search("ministerio").institutions()).extracting(SearchResults.InstitutionHit::code)
        .containsExactly("MINGOB", "CEMP");
    assertThat(search("comision").institutions()).extracting(SearchResults.InstitutionHit::code)
        .containsExactly("CEMP");
  }
}
