package gt.observatorio.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import gt.observatorio.crawler.harvest.CkanHarvester;
import gt.observatorio.crawler.harvest.GuardedHarvester;
import gt.observatorio.engine.domain.SourceKind;
import org.junit.jupiter.api.Test;

class HarvestersTest {

  @Test
  void factoriesAreFoundThroughServiceLoader() {
    try (CrawlerContext ctx = TestCrawler.context()) {
      Harvesters h = Harvesters.load(ctx);
      assertThat(h.kinds()).contains(SourceKind.CKAN);
      assertThat(((GuardedHarvester) h.forKind(SourceKind.CKAN)).inner()).isInstanceOf(CkanHarvester.class);
      assertThat(h.forKind(SourceKind.CKAN).kind()).isEqualTo(SourceKind.CKAN);
    }
  }

  @Test
  void everyCatalogKindHasAHarvesterOfThatKind() {
    try (CrawlerContext ctx = TestCrawler.context()) {
      Harvesters h = Harvesters.load(ctx);
      for (SourceKind k : SourceKind.values()) {
        assertThat(h.forKind(k).kind()).isEqualTo(k);
      }
    }
  }
}
