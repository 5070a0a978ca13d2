package gt.observatorio.engine.pipeline;

import gt.observatorio.engine.domain.Attribution;
import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.DatasetSnapshot;
import gt.observatorio.engine.domain.Distribution;
import gt.observatorio.engine.domain.HarvestIssue;
import gt.observatorio.engine.domain.ProbeResult;
import gt.observatorio.engine.domain.ScoreCard;
import gt.observatorio.engine.domain.Waiver;
import gt.observatorio.engine.port.Prober;
import gt.observatorio.engine.port.Scorer;
import gt.observatorio.engine.store.CrawlStore;
import gt.observatorio.engine.store.DatasetRecord;
import gt.observatorio.engine.store.JsonCodec;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The harvest sink of one run: collects datasets into batches and, per batch, probes their URLs,
 * scores them with every scorer and stores them. Blocking; runs on the harvesting thread.
 */
final class RunBatches implements Consumer<Dataset> {
  private static final int MAX_ISSUES = 200;

  private final long runId;
  private final String sourceId;
  private final CrawlStore store;
  private final BatchProbes probes;
  private final List<Scorer> scorers;
  private final Clock clock;
  private final int batchSize;
  private final Map<String, Dataset> pending = new LinkedHashMap<>();
  private final Set<String> seen = new HashSet<>();
  private final List<HarvestIssue> issues = new ArrayList<>();
  private int datasets;
  private int distributions;
  private int errors;
  private RuntimeException fatal;
  private Function<Dataset, Attribution> attribution;
  private final Map<String, List<Waiver>> waivers;

  RunBatches(long runId, String sourceId, CrawlStore store, Prober prober, List<Scorer> scorers, Clock clock,
      int batchSize, int cacheSize) {
    this.runId = runId;
    this.sourceId = sourceId;
    this.store = store;
    this.probes = new BatchProbes(runId, store, prober, clock, cacheSize);
    this.scorers = scorers;
    this.clock = clock;
    this.batchSize = batchSize;
    this.waivers = store.waivers(sourceId);
  }

  /** Attributes each dataset (of a shared catalog) to an institution as it is stored. */
  RunBatches attributing(Function<Dataset, Attribution> attribute) {
    this.attribution = attribute;
    return this;
  }

  @Override
  public void accept(Dataset d) {
    if (fatal != null) {
      throw fatal;
    }
    if (d == null) {
      return;
    }
    String key = DatasetRecord.keyOf(d);
    if (!seen.add(key)) {
      issue(new HarvestIssue("catalog.duplicate_identifier", d.landingPage(),
          "identificador repetido / duplicate identifier: " + key));
      return;
    }
    pending.put(key, d);
    if (pending.size() >= batchSize) {
      flush();
    }
  }

  /**
   * Processes what is pending. A failure here (database, prober) is fatal to the run, even if the
   * harvester swallows it: later datasets are refused and the final flush throws it again.
   */
  void flush() {
    if (fatal != null) {
      throw fatal;
    }
    if (pending.isEmpty()) {
      return;
    }
    try {
      process();
    } catch (RuntimeException e) {
      fatal = e;
      throw e;
    }
  }

  private void process() {
    Map<String, ProbeResult> batchProbes = probes.probe(pending.values());
    Instant asOf = clock.instant();
    List<DatasetRecord> records = new ArrayList<>(pending.size());
    for (Map.Entry<String, Dataset> e : pending.entrySet()) {
      Dataset d = e.getValue();
      Map<String, ProbeResult> own = new HashMap<>();
      for (Distribution dist : d.distributions()) {
        for (String url : dist.probeUrls()) {
          own.put(url, batchProbes.getOrDefault(url, ProbeResult.notProbed(url, asOf)));
        }
      }
      DatasetSnapshot snapshot = new DatasetSnapshot(d, own, asOf);
      records.add(new DatasetRecord(e.getKey(), d, score(snapshot, e.getKey(), waivers(e.getKey(), d)),
          attribution == null ? null : attribution.apply(d)));
      datasets++;
      distributions += d.distributions().size();
    }
    store.storeBatch(runId, sourceId, records);
    pending.clear();
  }

  /** The accepted contests that hold for this content of the dataset (hashed only when there are some). */
  private List<Waiver> waivers(String key, Dataset d) {
    List<Waiver> all = waivers.get(key);
    return all == null ? List.of() : Waiver.holding(all, JsonCodec.datasetHash(d));
  }

  private List<ScoreCard> score(DatasetSnapshot snapshot, String key, List<Waiver> waived) {
    List<ScoreCard> cards = new ArrayList<>(scorers.size());
    for (Scorer s : scorers) {
      try {
        cards.add(s.score(snapshot, waived));
      } catch (RuntimeException e) {
        issue(new HarvestIssue("score.error", snapshot.dataset().landingPage(), "el perfil "
            + s.ruleSet().profile() + " no pudo puntuar / could not score " + key + ": " + e));
      }
    }
    return cards;
  }

  void issue(HarvestIssue i) {
    errors++;
    if (issues.size() < MAX_ISSUES) {
      issues.add(i);
    }
  }

  List<HarvestIssue> issues() {
    return issues;
  }

  int errors() {
    return errors;
  }

  int datasets() {
    return datasets;
  }

  int distributions() {
    return distributions;
  }

  int probes() {
    return probes.probed();
  }
}
