package gt.observatorio.engine.domain;

import java.time.Instant;

/** One crawl of one source, with its counts. Results are visible only once it has succeeded. */
public record CrawlRun(
    long id,
    String sourceId,
    RunState state,
    IsoWeek week,
    Instant startedAt,
    Instant finishedAt,
    int datasets,
    int distributions,
    int probes,
    int errors,
    String message) {}
