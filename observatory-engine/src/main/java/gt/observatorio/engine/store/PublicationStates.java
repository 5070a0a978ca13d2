package gt.observatorio.engine.store;

import gt.observatorio.engine.alerts.InstitutionState;
import gt.observatorio.engine.alerts.Publication;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The states of the institutions a published run changed, before and after it: scores and rank from the weekly
 * aggregate (the run's week against the latest earlier week), datasets, broken links and overdue datasets from
 * the run's score cards against the source's previous published run. Read after the run is published.
 */
public final class PublicationStates {
  private static final String RUN = """
      select r.id, r.week, r.finished_at, r.institution_code, r.source_id, s.shared
      from crawl_run r join source s on s.id = r.source_id where r.id = $1 and r.published""";
  private static final String PREVIOUS_RUN = """
      select id from crawl_run where source_id = $1 and published and id < $2 order by id desc limit 1""";
  private static final String MEASURED_BEFORE = """
      select exists (select 1 from crawl_run where institution_code = $1 and published and id < $2)
        or exists (select 1 from run_dataset rd join crawl_run r on r.id = rd.run_id
                   where rd.institution_code = $1 and r.published and r.id < $2) as measured""";
  private static final String ATTRIBUTED = """
      select distinct institution_code from run_dataset where run_id = $1 and institution_code is not null""";
  /**
   * Per dataset of a run (of one institution when $2 is set): its name, whether overdue (by the finding's key), its
   * broken URLs. The card's rule outcomes as stored (V155, V160: texts not rendered): the positions of each distinct
   * list of outcomes (V193) holding a finding of the two rules asked are found once per list, and only those outcomes
   * of each card are read, with the dataset's values filled in (V201), once per card for both.
   */
  private static final String DATASETS = """
      with c as materialized (
        select rd.dataset_id, coalesce(nullif(v.title, ''), d.identifier) as name, s.card
        from run_dataset rd
        join dataset d on d.id = rd.dataset_id
        join dataset_version v on v.id = rd.version_id
        left join score s on s.id = any(rd.score_ids) and s.profile = $3
        where rd.run_id = $1 and ($2::text is null or rd.institution_code = $2)),
      w as materialized (
        select l.rules, e.o, e.x
        from (select distinct card->'rules' as rules from c where card is not null) l,
          card_entries_with(l.rules, array['freshness.up-to-date', 'accessibility.reachable']) e)
      select c.dataset_id, c.name, coalesce(fr.overdue, false) as overdue, coalesce(fr.broken, '{}') as broken
      from c left join lateral (
        select bool_or(f->>'ruleId' = 'freshness.up-to-date'
            and coalesce(f->>'key', f->'ref'->>'key') in ('overdue', 'delinquent')) as overdue,
          array_agg(distinct f->>'evidence') filter (where f->>'ruleId' = 'accessibility.reachable'
            and f->>'severity' = 'ERROR' and f->>'evidence' is not null) as broken
        from w, jsonb_array_elements(coalesce(card_outcome_at(c.card, w.o, w.x)->'findings', '[]'::jsonb)) f
        where w.rules = c.card->'rules') fr on true""";
  private static final String WEEK = """
      select overall, dimensions::text as dimensions, rank from institution_week
      where profile = $1 and institution_code = $2 and week = $3""";
  private static final String PREVIOUS_WEEK = """
      select overall, dimensions::text as dimensions, rank from institution_week
      where profile = $1 and institution_code = $2 and week < $3 order by week desc limit 1""";

  private final Pool pool;

  public PublicationStates(Pool pool) {
    this.pool = pool;
  }

  private record Scores(double overall, Map<String, Double> dimensions, int rank) {
    static final Scores NONE = new Scores(0, Map.of(), 0);
  }

  private record Sets(Set<String> datasets, Set<String> broken, Set<String> overdue, Map<String, String> names) {}

  /** The institutions' states around a published run under a profile; empty when the run is not published. */
  public Future<List<Publication>> of(long runId, String profile) {
    return pool.preparedQuery(RUN).execute(Tuple.of(runId)).compose(rows -> {
      if (rows.size() == 0) {
        return Future.succeededFuture(List.of());
      }
      Row run = rows.iterator().next();
      boolean shared = run.getBoolean("shared");
      Instant at = Rows.instant(run, "finished_at");
      String week = run.getString("week");
      Future<List<String>> institutions = shared
          ? pool.preparedQuery(ATTRIBUTED).execute(Tuple.of(runId)).map(r -> Rows.list(r, x -> x.getString(0)))
          : Future.succeededFuture(List.of(run.getString("institution_code")));
      Future<Long> previous = pool.preparedQuery(PREVIOUS_RUN).execute(Tuple.of(run.getString("source_id"), runId))
          .map(r -> r.size() == 0 ? null : r.iterator().next().getLong(0));
      return institutions.compose(codes -> previous.compose(prev -> {
        Future<List<Publication>> out = Future.succeededFuture(new ArrayList<>());
        for (String code : codes.stream().sorted().toList()) {
          out = out.compose(list -> publication(runId, prev, at, week, code, shared, profile).map(p -> {
            list.add(p);
            return list;
          }));
        }
        return out.map(List::copyOf);
      }));
    });
  }

  private Future<Publication> publication(long runId, Long prev, Instant at, String week, String code,
      boolean shared, String profile) {
    String filter = shared ? code : null;
    Future<Sets> now = sets(runId, filter, profile);
    Future<Sets> then = prev == null ? Future.succeededFuture(null) : sets(prev, filter, profile);
    Future<Scores> weekNow = scores(WEEK, profile, code, week);
    Future<Scores> weekThen = scores(PREVIOUS_WEEK, profile, code, week);
    Future<Boolean> measured = pool.preparedQuery(MEASURED_BEFORE).execute(Tuple.of(code, runId))
        .map(r -> r.iterator().next().getBoolean(0));
    return Future.all(now, then, weekNow, weekThen, measured).map(x -> {
      Scores after = weekNow.result() != null ? weekNow.result()
          : weekThen.result() != null ? weekThen.result() : Scores.NONE;
      InstitutionState afterState = state(code, after, now.result());
      boolean first = prev == null && weekThen.result() == null && !measured.result();
      InstitutionState beforeState = first ? null : state(code,
          weekThen.result() != null ? weekThen.result() : after, then.result() != null ? then.result() : now.result());
      return new Publication(Long.toString(runId), at, beforeState, afterState);
    });
  }

  private static InstitutionState state(String code, Scores s, Sets d) {
    return new InstitutionState(code, s.overall(), s.dimensions(), s.rank(), d.datasets(), d.broken(), d.overdue(),
        d.names());
  }

  private Future<Scores> scores(String sql, String profile, String code, String week) {
    return pool.preparedQuery(sql).execute(Tuple.of(profile, code, week)).map(rows -> {
      if (rows.size() == 0) {
        return null;
      }
      Row r = rows.iterator().next();
      Map<String, Double> dims = new HashMap<>();
      new JsonObject(r.getString("dimensions")).forEach(e -> {
        if (e.getValue() instanceof Number n) {
          dims.put(e.getKey(), n.doubleValue());
        }
      });
      return new Scores(r.getDouble("overall"), dims, r.getInteger("rank"));
    });
  }

  private Future<Sets> sets(long runId, String institution, String profile) {
    return pool.preparedQuery(DATASETS).execute(Tuple.of(runId, institution, profile)).map(rows -> {
      Set<String> ids = new HashSet<>();
      Set<String> broken = new HashSet<>();
      Set<String> overdue = new HashSet<>();
      Map<String, String> names = new HashMap<>();
      for (Row r : rows) {
        String id = Long.toString(r.getLong("dataset_id"));
        ids.add(id);
        if (r.getString("name") != null) {
          names.put(id, r.getString("name"));
        }
        if (Boolean.TRUE.equals(r.getBoolean("overdue"))) {
          overdue.add(id);
        }
        for (String url : r.getArrayOfStrings("broken")) {
          broken.add(url);
        }
      }
      return new Sets(ids, broken, overdue, names);
    });
  }
}
