package gt.observatorio.web.ops;

import gt.observatorio.engine.domain.ProbeOutcome;
import gt.observatorio.engine.domain.ProbeResult;
import gt.observatorio.engine.port.Prober;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Counts probes by outcome (a bounded tag), robots.txt denials and probe latency, and reports the
 * URLs waiting in the prober's queues.
 */
public final class MeteredProber implements Prober {
  private final Prober delegate;
  private final Map<ProbeOutcome, Counter> byOutcome = new EnumMap<>(ProbeOutcome.class);
  private final Counter robotsDenials;
  private final Timer latency;
  private final AtomicLong queued = new AtomicLong();

  public MeteredProber(Prober delegate, MeterRegistry registry) {
    this.delegate = delegate;
    for (ProbeOutcome o : ProbeOutcome.values()) {
      byOutcome.put(o, Counter.builder("observatorio.probes").description("URLs probed, by outcome")
          .tag("outcome", o.id()).register(registry));
    }
    robotsDenials = Counter.builder("observatorio.robots.denials")
        .description("Requests not made because robots.txt disallows them").register(registry);
    latency = Timer.builder("observatorio.probe.latency").description("Time to probe one URL")
        .publishPercentileHistogram().register(registry);
    Gauge.builder("observatorio.probe.queue", queued, AtomicLong::get)
        .description("URLs handed to the prober and not yet probed").register(registry);
  }

  @Override
  public ProbeResult probe(String url, ProbeResult previous) {
    queued.incrementAndGet();
    try {
      return record(delegate.probe(url, previous));
    } finally {
      queued.decrementAndGet();
    }
  }

  @Override
  public Map<String, ProbeResult> probeAll(Collection<String> urls, Function<String, ProbeResult> previous) {
    queued.addAndGet(urls.size());
    try {
      Map<String, ProbeResult> out = delegate.probeAll(urls, previous);
      out.values().forEach(this::record);
      return out;
    } finally {
      queued.addAndGet(-urls.size());
    }
  }

  private ProbeResult record(ProbeResult r) {
    byOutcome.get(r.outcome()).increment();
    if (r.outcome() == ProbeOutcome.DISALLOWED_BY_ROBOTS) {
      robotsDenials.increment();
    }
    if (r.outcome() != ProbeOutcome.NOT_PROBED) {
      latency.record(Duration.ofMillis(r.latencyMillis()));
    }
    return r;
  }

  @Override
  public void close() {
    delegate.close();
  }
}
