package gt.observatorio.web.maturity;

import gt.observatorio.engine.alerts.ComplianceEventDetector;
import gt.observatorio.engine.alerts.Event;
import gt.observatorio.engine.maturity.AutomaticCriteria;
import gt.observatorio.engine.maturity.InstitutionEvidence;
import gt.observatorio.engine.maturity.InstitutionMaturity;
import gt.observatorio.engine.maturity.MaturityEvaluator;
import gt.observatorio.engine.maturity.MaturityModel;
import gt.observatorio.engine.maturity.Quarter;
import gt.observatorio.engine.store.EventRepository;
import gt.observatorio.engine.store.MaturityRepository.NewResult;
import gt.observatorio.engine.store.MaturityRepository;
import gt.observatorio.engine.store.StoredMaturityModel;
import io.vertx.core.Future;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Computes and stores maturity: under the current model for the current quarter, or under any model version for
 * every quarter already computed (recomputation without a crawl; the older version's results stay stored).
 */
public final class MaturityService {
  /** Quartz task id of the scheduled computation. */
  public static final String JOB = "maturity";
  private final MaturityRepository repo;
  private final EvidenceGatherer evidence;
  private final Clock clock;
  private final MaturityEvaluator evaluator = new MaturityEvaluator(AutomaticCriteria.all());
  private volatile LoadedModel current;
  private volatile EventRepository events;
  private volatile Consumer<List<Event>> then = found -> { };

  /** A model with the YAML it was loaded from. */
  public record LoadedModel(MaturityModel model, String yaml) {}

  public MaturityService(MaturityRepository repo, EvidenceGatherer evidence, Clock clock, LoadedModel model) {
    this.repo = repo;
    this.evidence = evidence;
    this.clock = clock;
    this.current = model;
  }

  /** Stores the level changes each computation finds (against the previous quarter) and hands them on. */
  public MaturityService reportingTo(EventRepository store, Consumer<List<Event>> next) {
    this.events = store;
    this.then = next;
    return this;
  }

  public MaturityModel model() {
    return current.model();
  }

  /** The current model with its YAML. */
  public LoadedModel current() {
    return current;
  }

  /** Computes the current quarter under the current model. */
  public Future<List<InstitutionMaturity>> computeNow() {
    return compute(current, Quarter.of(clock.instant()));
  }

  /** Computes one quarter under a model, judged as of the quarter's end (or now, if sooner), and stores it. */
  public Future<List<InstitutionMaturity>> compute(LoadedModel m, Quarter quarter) {
    Instant end = quarter.end().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(1);
    Instant asOf = end.isBefore(clock.instant()) ? end : clock.instant();
    return repo.register(m.model().id(), m.model().version(), m.model().contentHash(), m.yaml())
        .compose(stored -> evidence.gather(asOf).compose(all -> {
          List<InstitutionMaturity> results = new ArrayList<>();
          List<NewResult> rows = new ArrayList<>();
          for (InstitutionEvidence e : all) {
            InstitutionMaturity r = evaluator.evaluate(m.model(), e, quarter);
            results.add(r);
            rows.add(new NewResult(r.institution(), r.level(), r.metPercent(), MaturityJson.detail(r, m.model())));
          }
          return repo.saveResults(stored.id(), quarter.toString(), clock.instant(), rows)
              .compose(x -> report(m.model(), quarter, results)).map(x -> results);
        }));
  }

  /** The maturity level changes of a computation against the previous quarter's results of the same model version. */
  private Future<Void> report(MaturityModel model, Quarter quarter, List<InstitutionMaturity> results) {
    EventRepository store = events;
    if (store == null) {
      return Future.succeededFuture();
    }
    return repo.results(model.id(), model.version(), quarter.previous().toString()).compose(previous -> {
      Map<String, Integer> was = new HashMap<>();
      previous.forEach(p -> was.put(p.institutionCode(), p.level()));
      List<Event> found = results.stream().flatMap(r -> ComplianceEventDetector.maturity(r.institution(),
          quarter.toString(), clock.instant(), was.get(r.institution()), r.level()).stream()).toList();
      return store.saveAll(found).onSuccess(x -> {
        if (!found.isEmpty()) {
          then.accept(found);
        }
      });
    });
  }

  /**
   * Makes {@code next} the current model and recomputes under it every quarter computed under the previous one;
   * nothing is crawled and the previous version's results are kept.
   */
  public Future<List<String>> adopt(LoadedModel next) {
    LoadedModel previous = current;
    return repo.quarters(previous.model().id(), previous.model().version()).compose(quarters -> {
      current = next;
      List<String> all = new ArrayList<>(quarters);
      String now = Quarter.of(clock.instant()).toString();
      if (!all.contains(now)) {
        all.add(now);
      }
      Future<Void> chain = Future.succeededFuture();
      for (String q : all) {
        chain = chain.compose(x -> compute(next, Quarter.parse(q)).mapEmpty());
      }
      return chain.map(x -> all);
    });
  }

  /** Schedules the current quarter's computation on {@code cron} (blank: not scheduled). */
  public java.util.function.Consumer<gt.observatorio.engine.schedule.CrawlScheduler> job(String cron) {
    return scheduler -> {
      if (cron == null || cron.isBlank()) {
        scheduler.tasks().remove(JOB);
      } else {
        scheduler.tasks().schedule(JOB, cron, () -> gt.observatorio.engine.store.Blocking.await(computeNow()));
      }
    };
  }

  public Future<List<StoredMaturityModel>> versions() {
    return repo.models();
  }
}
