package gt.observatorio.crawler.harvest;

import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.HarvestIssue;
import gt.observatorio.engine.domain.HarvestSummary;
import gt.observatorio.engine.port.Harvester;
import java.net.URI;
import java.util.List;
import java.util.function.Consumer;

/**
 * Keeps the port's promise that a harvest never throws: an unexpected error in a harvester (a bug,
 * not a broken catalog) ends the harvest with a {@code catalog.internal_error} issue and the counts
 * of what was already given. Errors thrown by the sink itself are the caller's and pass through.
 */
public final class GuardedHarvester implements Harvester {
  /** The code of the issue for an unexpected error inside a harvester. */
  public static final String INTERNAL_ERROR = "catalog.internal_error";
  private final Harvester inner;

  public GuardedHarvester(Harvester inner) {
    this.inner = inner;
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
    try {
      return inner.harvest(catalog, counting);
    } catch (RuntimeException e) {
      if (fromSink[0] == e) {
        throw e;
      }
      return new HarvestSummary(counts[0], counts[1], 0, List.of(new HarvestIssue(INTERNAL_ERROR,
          String.valueOf(catalog), e.getClass().getSimpleName() + ": " + e.getMessage())));
    }
  }
}
