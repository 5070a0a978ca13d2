package gt.observatorio.engine.pipeline;

import gt.observatorio.engine.domain.Source;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a scheduled job calls: looks the source up in the registry and crawls it for the request.
 * Blocking (the scheduler calls it on its worker thread). A source no longer registered is skipped.
 */
public final class CrawlRunner implements BiConsumer<String, String> {
  private static final Logger LOG = LoggerFactory.getLogger(CrawlRunner.class);

  private final CrawlPipeline pipeline;

  public CrawlRunner(CrawlPipeline pipeline) {
    this.pipeline = pipeline;
  }

  @Override
  public void accept(String sourceId, String requestKey) {
    Optional<Source> source = pipeline.registered(sourceId);
    if (source.isEmpty()) {
      LOG.warn("source {} is no longer registered; crawl request {} skipped", sourceId, requestKey);
      return;
    }
    pipeline.crawl(source.get(), requestKey);
  }
}
