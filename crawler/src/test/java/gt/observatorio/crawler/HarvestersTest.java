package gt.observatorio.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import gt.observatorio.crawler.harvest.CkanHarvester;
import gt.observatorio.crawler.harvest.GuardedHarvester;
import org.junit.jupiter.api.Test;

class HarvestersTest {

  @Test
  void factoriesAreFoundThroughServiceLoader() {
    try (CrawlerContext ctx = TestCrawler.context()) {
      Harvesters h = Harvesters.load(ctx);
      assertThat(h.kinds()).contains("ckan");
      assertThat(((GuardedHarvester) h.forKind("ckan")).inner()).isInstanceOf(CkanHarvester.class);
      assertThat(h.forKind("ckan").kind()).isEqualTo("ckan");
    }
  }

  @Test
  void everyCatalogKindHasAHarvesterOfThatKind() {
    try (CrawlerContext ctx = TestCrawler.context()) {
      Harvesters h = Harvesters.load(ctx);
      assertThat(h.kinds()).containsExactlyElementsOf(CatalogKinds.ids());
      for (String k : CatalogKinds.ids()) {
        assertThat(h.forKind(k).kind()).isEqualTo(k);
      }
    }
  }
}
