package gt.observatorio.engine.testing;

import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.HarvestSummary;
import gt.observatorio.engine.port.Harvester;
import java.net.URI;
import java.util.function.Consumer;

/** A harvester that hands over each dataset of another one after a delay, like a slow portal. */
public final class SlowHarvester implements Harvester {
  private final Harvester delegate;
  private volatile long delayMillis;

  public SlowHarvester(Harvester delegate, long delayMillis) {
    this.delegate = delegate;
    this.delayMillis = delayMillis;
  }

  public void delay(long millis) {
    this.delayMillis = millis;
  }

  @Override
  public String kind() {
    return delegate.kind();
  }

  @Override
  public HarvestSummary harvest(URI catalog, Consumer<Dataset> sink) {
    return delegate.harvest(catalog, d -> {
      try {
        Thread.sleep(delayMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
      sink.accept(d);
    });
  }
}
