package gt.observatorio.crawler;

import gt.observatorio.engine.domain.SourceKind;
import gt.observatorio.engine.port.Harvester;

/**
 * Makes the harvester of one source kind. Implementations are listed in
 * {@code META-INF/services/gt.observatorio.crawler.HarvesterFactory}: a new kind is a class and a
 * line. Each needs a public no-argument constructor.
 */
public interface HarvesterFactory {
  /** The source kind the harvester reads; one factory per kind. */
  SourceKind kind();

  /** A harvester sharing the context's HTTP client, politeness and limits. */
  Harvester create(CrawlerContext ctx);
}
