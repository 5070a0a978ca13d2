package gt.observatorio.engine.pipeline;

import static gt.observatorio.engine.testing.EngineFixture.join;
import static org.assertj.core.api.Assertions.assertThat;

import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.Institution;
import gt.observatorio.engine.domain.InstitutionWeek;
import gt.observatorio.engine.domain.IsoWeek;
import gt.observatorio.engine.domain.PublisherMatcher;
import gt.observatorio.engine.domain.Source;
import gt.observatorio.engine.store.AttributionRepository;
import gt.observatorio.engine.store.RankingRow;
import gt.observatorio.engine.store.UnattributedPublisher;
import gt.observatorio.engine.testing.EngineFixture;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A catalog shared by many institutions counts each dataset once, under the institution its publisher names. */
class SharedCatalogAttributionTest {
  private static final List<Institution> INSTITUTIONS = List.of(
      new Institution("GAE", "Comisión Presidencial de Gobierno Abierto y Electrónico", "comision", null),
      new Institution("MINTRAB", "Ministerio de Trabajo y Previsión Social", "ministerio", "trabajo", "MINTRAB",
          null, List.of(), null),
      new Institution("MSPAS", "Ministerio de Salud Pública y Asistencia Social", "ministerio", "salud", "MSPAS",
          null, List.of(), null));
  private static final Source PORTAL = new Source("datos-gob-gt", "GAE", URI.create("http://portal.test/datos"),
      "ckan", null, true, null);
  EngineFixture f;

  @BeforeEach
  void setUp() {
    f = new EngineFixture(2);
    join(f.registry.upsert(INSTITUTIONS, List.of(PORTAL)));
    f.pipeline.attributeWith(() -> new PublisherMatcher(INSTITUTIONS));
    f.harvester.serve(PORTAL.url(), List.of(
        published("empleo", "Ministerio de Trabajo y Previsión Social - MINTRAB"),
        published("salarios", "MINTRAB"),
        published("vacunas", "Ministerio de Salud Pública y Asistencia Social (MSPAS)"),
        published("mixto", "Ministerio de Salud Pública y Asistencia Social (MINTRAB)"),
        published("muni", "Municipalidad de Mixco"),
        published("muni-2", "Municipalidad de Mixco")));
  }

  @AfterEach
  void tearDown() {
    f.close();
  }

  @Test
  void rankingsCountEachDatasetOnceUnderTheInstitutionItsPublisherNames() {
    f.pipeline.crawl(PORTAL);
    IsoWeek week = IsoWeek.of(EngineFixture.WEEK_1);
    List<RankingRow> rows = join(f.readModel.rankings(week, "observatorio"));
    assertThat(rows).extracting(r -> r.institution().code()).containsExactlyInAnyOrder("MINTRAB", "MSPAS");
    assertThat(rows).filteredOn(r -> r.institution().code().equals("MINTRAB")).singleElement()
        .satisfies(r -> assertThat(r.week().datasets()).isEqualTo(2));
    assertThat(rows).filteredOn(r -> r.institution().code().equals("MSPAS")).singleElement()
        .satisfies(r -> assertThat(r.week().datasets()).isEqualTo(1));
    assertThat(join(f.readModel.latestDatasets("MINTRAB", "observatorio"))).hasSize(2);
    assertThat(join(f.readModel.latestDatasets("GAE", "observatorio"))).isEmpty();
    assertThat(f.count("select count(*) from dataset_listing_by_profile"
        + " where profile = 'observatorio' and institution_code is null"))
        .isEqualTo(3);
  }

  @Test
  void ambiguousAndUnknownPublishersAreListedForTheOperator() {
    f.pipeline.crawl(PORTAL);
    List<UnattributedPublisher> left = join(new AttributionRepository(f.db.pool()).unattributed());
    assertThat(left).containsExactly(
        new UnattributedPublisher("datos-gob-gt", "Municipalidad de Mixco", 2),
        new UnattributedPublisher("datos-gob-gt", "Ministerio de Salud Pública y Asistencia Social (MINTRAB)", 1));
  }

  @Test
  void aPublisherThatStopsNamingAnInstitutionLeavesItsWeek() {
    f.pipeline.crawl(PORTAL);
    f.harvester.serve(PORTAL.url(), List.of(published("empleo", "MINTRAB")));
    f.pipeline.crawl(PORTAL);
    List<InstitutionWeek> mspas = join(f.readModel.history("MSPAS", "observatorio"));
    assertThat(mspas).isEmpty();
    assertThat(join(f.readModel.history("MINTRAB", "observatorio"))).singleElement()
        .satisfies(w -> assertThat(w.datasets()).isEqualTo(1));
  }

  private static Dataset published(String id, String publisher) {
    Dataset d = EngineFixture.dataset(id, "Datos " + id, "Descripción " + id, "CC-BY-4.0", "http://files.test/" + id + ".csv");
    return new Dataset(d.identifier(), d.title(), d.description(), publisher, d.contactPoint(), d.keywords(),
        d.themes(), d.license(), d.issued(), d.modified(), d.accrualPeriodicity(), d.spatial(), d.temporal(),
        d.accessRights(), d.landingPage(), d.distributions(), d.rawMetadata());
  }
}
