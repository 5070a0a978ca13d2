package gt.observatorio.engine.port;

import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.HarvestSummary;
import java.net.URI;
import java.util.function.Consumer;

/**
 * Reads one kind of catalog and maps it to the common DCAT-shaped model. Implementations stream:
 * each dataset goes to the sink as soon as it is read, so a catalog of any size fits in memory.
 * A broken catalog never throws: what went wrong is reported in the summary's issues.
 */
public interface Harvester {
  /** The id of the catalog kind this harvester reads, e.g. {@code ckan}; see {@code Source#kind}. */
  String kind();

  /** Harvests the catalog at {@code catalog}, giving every dataset to {@code sink}. */
  HarvestSummary harvest(URI catalog, Consumer<Dataset> sink);
}
