package gt.observatorio.engine.store;

import static gt.observatorio.engine.testing.EngineFixture.join;
import static org.assertj.core.api.Assertions.assertThat;

import gt.observatorio.engine.domain.Institution;
import gt.observatorio.engine.domain.Source;
import gt.observatorio.engine.testing.EngineFixture;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RegistryRepositoryTest {
  EngineFixture f;

  @BeforeEach
  void setUp() {
    f = new EngineFixture(10);
  }

  @AfterEach
  void tearDown() {
    f.close();
  }

  @Test
  void upsertInsertsThenUpdatesInstitutionsAndSources() {
    Institution mintrab = new Institution("MINTRAB", "Ministerio de Trabajo", "ministerio", "trabajo");
    Source ckan = new Source("mintrab-ckan", "MINTRAB", URI.create("https://datos.mintrab.gob.gt"),
        "ckan", null);
    join(f.registry.upsert(List.of(mintrab), List.of(ckan)));
    Institution renamed = new Institution("MINTRAB", "Ministerio de Trabajo y Previsión Social",
        "ministerio", "trabajo");
    Source daily = new Source("mintrab-ckan", "MINTRAB", URI.create("https://datos.mintrab.gob.gt"), "dcat",
        "0 0 4 * * ?");
    join(f.registry.upsert(List.of(renamed), List.of(daily)));

    assertThat(join(f.registry.institutions())).containsExactly(renamed);
    assertThat(join(f.registry.sources())).containsExactly(daily);
    assertThat(join(f.registry.source("mintrab-ckan"))).contains(daily);
    assertThat(join(f.readModel.institution("MINTRAB"))).contains(renamed);
    assertThat(join(f.readModel.institution("NOPE"))).isEmpty();
    assertThat(ckan.cron()).isEqualTo(Source.WEEKLY);
  }
}
