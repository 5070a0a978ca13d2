package gt.observatorio.engine.testing;

import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.HarvestIssue;
import gt.observatorio.engine.domain.HarvestSummary;
import gt.observatorio.engine.port.Harvester;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * A test implementation of the {@link Harvester} port: each catalog URL serves the datasets a test
 * put there, or is unreadable, or breaks (throws) after some datasets.
 */
public final class InMemoryHarvester implements Harvester {
  private final String kind;
  private final Map<URI, List<Dataset>> catalogs = new ConcurrentHashMap<>();
  private final Map<URI, Integer> breakAfter = new ConcurrentHashMap<>();
  private volatile boolean swallowSinkErrors;

  public InMemoryHarvester(String kind) {
    this.kind = kind;
  }

  public InMemoryHarvester serve(URI catalog, List<Dataset> datasets) {
    catalogs.put(catalog, List.copyOf(datasets));
    breakAfter.remove(catalog);
    return this;
  }

  /** The catalog cannot be read: no dataset, one issue. */
  public InMemoryHarvester unreadable(URI catalog) {
    catalogs.remove(catalog);
    breakAfter.remove(catalog);
    return this;
  }

  /** The harvester throws after giving {@code n} of the catalog's datasets. */
  public InMemoryHarvester breakAfter(URI catalog, int n) {
    breakAfter.put(catalog, n);
    return this;
  }

  /** Like a harvester that turns every exception into an issue, even the sink's. */
  public InMemoryHarvester swallowSinkErrors() {
    swallowSinkErrors = true;
    return this;
  }

  @Override
  public String kind() {
    return kind;
  }

  @Override
  public HarvestSummary harvest(URI catalog, Consumer<Dataset> sink) {
    List<Dataset> ds = catalogs.get(catalog);
    if (ds == null) {
      return new HarvestSummary(0, 0, 1, List.of(new HarvestIssue("catalog.http_error", catalog.toString(),
          "HTTP 503")));
    }
    int limit = breakAfter.getOrDefault(catalog, Integer.MAX_VALUE);
    int n = 0;
    int dists = 0;
    for (Dataset d : ds) {
      if (n == limit) {
        throw new IllegalStateException("simulated harvester crash after " + n + " datasets");
      }
      try {
        sink.accept(d);
      } catch (RuntimeException e) {
        if (!swallowSinkErrors) {
          throw e;
        }
      }
      n++;
      dists += d.distributions().size();
    }
    return new HarvestSummary(n, dists, 1, List.of());
  }
}
