package gt.observatorio.engine.pipeline;

import gt.observatorio.engine.domain.CrawlRun;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * What the pipeline reports to Micrometer (Prometheus names in brackets): runs by final state
 * [observatorio_crawl_runs_total], their duration [observatorio_crawl_duration_seconds], datasets,
 * distributions probed and errors [observatorio_crawl_{datasets,probes,errors}_total], and the time each run
 * took to complete once harvested: publication and its events [observatorio_crawl_completion_seconds].
 */
final class PipelineMetrics {
  private final MeterRegistry registry;

  PipelineMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  void completed(Duration took) {
    Timer.builder(CrawlPipeline.COMPLETION_TIMER).description("Completing a harvested run: publication and its events")
        .register(registry).record(took);
  }

  void record(CrawlRun run, Duration took) {
    String state = run.state().id();
    Counter.builder("observatorio.crawl.runs").description("Crawl runs by final state")
        .tag("state", state).register(registry).increment();
    Timer.builder("observatorio.crawl.duration").description("Duration of crawl runs")
        .tag("state", state).register(registry).record(took);
    Counter.builder("observatorio.crawl.datasets").description("Datasets harvested")
        .register(registry).increment(run.datasets());
    Counter.builder("observatorio.crawl.probes").description("URLs probed")
        .register(registry).increment(run.probes());
    Counter.builder("observatorio.crawl.errors").description("Harvest and pipeline issues")
        .register(registry).increment(run.errors());
  }
}
