package gt.observatorio.crawler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gt.observatorio.crawler.harvest.CkanHarvester;
import gt.observatorio.engine.domain.SourceKind;
import org.junit.jupiter.api.Test;

class HarvestersTest {

  @Test
  void factoriesAreFoundThroughServiceLoader() {
    try (CrawlerContext ctx = TestCrawler.context()) {
      Harvesters h = Harvesters.load(ctx);
      assertThat(h.kinds()).contains(SourceKind.CKAN);
      assertThat(h.forKind(SourceKind.CKAN)).isInstanceOf(CkanHarvester.class);
      assertThat(h.forKind(SourceKind.CKAN).kind()).isEqualTo(SourceKind.CKAN);
    }
  }

  @Test
  void anUnregisteredKindFailsNamingTheAvailableOnes() {
    try (CrawlerContext ctx = TestCrawler.context()) {
      assertThatThrownBy(() -> Harvesters.load(ctx).forKind(SourceKind.SITEMAP))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ckan");
    }
  }
}
