package gt.observatorio.web.services;

import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.HarvestSummary;
import gt.observatorio.engine.port.Harvester;
import java.net.URI;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/** A harvester that counts every dataset it gives (the progress bars follow the count). */
final class CountingHarvester implements Harvester {
  private final Harvester harvester;
  private final AtomicLong count;

  CountingHarvester(Harvester harvester, AtomicLong count) {
    this.harvester = harvester;
    this.count = count;
  }

  @Override
  public String kind() {
    return harvester.kind();
  }

  @Override
  public HarvestSummary harvest(URI catalog, Consumer<Dataset> sink) {
    return harvester.harvest(catalog, d -> {
      count.incrementAndGet();
      sink.accept(d);
    });
  }
}
