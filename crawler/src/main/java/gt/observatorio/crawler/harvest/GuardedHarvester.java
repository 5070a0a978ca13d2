package gt.observatorio.crawler.harvest;

import gt.observatorio.crawler.http.HarvestDeadline;
import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.HarvestIssue;
import gt.observatorio.engine.domain.HarvestSummary;
import gt.observatorio.engine.port.Harvester;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Keeps the port's promise that a harvest never throws: an unexpected error in a harvester (a bug,
 * not a broken catalog) ends the harvest with a {@code catalog.internal_error} issue and the counts
 * of what was already given. Errors thrown by the sink itself are the caller's and pass through.
 * A harvest is also bounded in time: past {@code maxMillis} its requests fail at once and the
 * summary carries a {@code catalog.time_limit} issue.
 */
public final class GuardedHarvester implements Harvester {
  /** The code of the issue for an unexpected error inside a harvester. */
  public static final String INTERNAL_ERROR = "catalog.internal_error";
  private final Harvester inner;
  private final long maxMillis;

  /** Guards {@code inner} and stops a harvest of it after {@code maxMillis} ({@link HarvestDeadline}). */
  public GuardedHarvester(Harvester inner, long maxMillis) {
    this.inner = inner;
    this.maxMillis = maxMillis;
  }

  @Override
  public String kind() {
    return inner.kind();
  }

  /** The harvester inside. */
  public Harvester inner() {
    return inner;
  }

  @Override
  public HarvestSummary harvest(URI catalog, Consumer<Dataset> sink) {
    int[] counts = new int[2];
    RuntimeException[] fromSink = new RuntimeException[1];
    Consumer<Dataset> counting = d -> {
      try {
        sink.accept(d);
      } catch (RuntimeException e) {
        fromSink[0] = e;
        throw e;
      }
      counts[0]++;
      counts[1] += d.distributions().size();
    };
    long start = System.nanoTime();
    try {
      HarvestSummary s = HarvestDeadline.within(maxMillis, () -> inner.harvest(catalog, counting));
      if (System.nanoTime() - start < java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(maxMillis)) {
        return s;
      }
      List<HarvestIssue> issues = new ArrayList<>(s.issues());
      issues.add(new HarvestIssue(Issues.TIME_LIMIT, String.valueOf(catalog),
          "the harvest took longer than " + maxMillis + " ms and was stopped"));
      return new HarvestSummary(s.datasets(), s.distributions(), s.pages(), issues);
    } catch (StackOverflowError e) {
      return new HarvestSummary(counts[0], counts[1], 0, List.of(new HarvestIssue(Issues.TOO_DEEP,
          String.valueOf(catalog), "the catalog is nested too deeply to be read")));
    } catch (RuntimeException e) {
      if (fromSink[0] == e) {
        throw e;
      }
      return new HarvestSummary(counts[0], counts[1], 0, List.of(new HarvestIssue(INTERNAL_ERROR,
          String.valueOf(catalog), e.getClass().getSimpleName() + ": " + e.getMessage())));
    }
  }
}
