package gt.observatorio.engine.testing;

import gt.observatorio.engine.domain.ProbeOutcome;
import gt.observatorio.engine.domain.ProbeResult;
import gt.observatorio.engine.port.Prober;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A test implementation of the {@link Prober} port: every URL answers 200 unless a test set another
 * outcome for it. Records the calls and the previous results it was given.
 */
public final class TableProber implements Prober {
  private final Clock clock;
  private final Map<String, ProbeOutcome> outcomes = new ConcurrentHashMap<>();
  private final List<String> calls = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
  private final Map<String, ProbeResult> previousSeen = new ConcurrentHashMap<>();
  private final java.util.Set<String> throwing = ConcurrentHashMap.newKeySet();

  public TableProber(Clock clock) {
    this.clock = clock;
  }

  public TableProber answer(String url, ProbeOutcome outcome) {
    outcomes.put(url, outcome);
    return this;
  }

  /** Makes the prober break its contract and throw, once, for a URL. */
  public TableProber throwFor(String url) {
    throwing.add(url);
    return this;
  }

  public List<String> calls() {
    synchronized (calls) {
      return List.copyOf(calls);
    }
  }

  /** The previous result the pipeline handed over for a URL, if any. */
  public ProbeResult previousGiven(String url) {
    return previousSeen.get(url);
  }

  @Override
  public ProbeResult probe(String url, ProbeResult previous) {
    calls.add(url);
    if (throwing.remove(url)) {
      throw new IllegalStateException("simulated prober failure for " + url);
    }
    if (previous != null) {
      previousSeen.put(url, previous);
    }
    ProbeOutcome o = outcomes.getOrDefault(url, ProbeOutcome.REACHABLE);
    Integer status = switch (o) {
      case REACHABLE -> 200;
      case NOT_MODIFIED -> 304;
      case CLIENT_ERROR -> 404;
      case SERVER_ERROR -> 500;
      default -> null;
    };
    return new ProbeResult(url, o, status, url, List.of(), o.reachable() ? "text/csv" : null, null,
        o.reachable() ? "CSV" : null, null, null, "\"v1\"", null, 12, clock.instant(), null);
  }
}
