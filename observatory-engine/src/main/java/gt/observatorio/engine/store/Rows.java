package gt.observatorio.engine.store;

import gt.observatorio.engine.domain.CrawlRun;
import gt.observatorio.engine.domain.Institution;
import gt.observatorio.engine.domain.InstitutionWeek;
import gt.observatorio.engine.domain.IsoWeek;
import gt.observatorio.engine.domain.RunState;
import gt.observatorio.engine.domain.Source;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Row mapping shared by the repositories; the column lists are the ones their SQL selects. */
final class Rows {
  static final String RUN_COLUMNS = "id, source_id, state, week, coalesce(started_at, queued_at) as started_at,"
      + " finished_at, datasets, distributions, probes, errors, message";
  static final String WEEK_COLUMNS = "w.institution_code, w.week, w.profile, w.overall,"
      + " w.dimensions::text as dims, w.datasets, w.distributions, w.findings, w.rank";

  private Rows() {}

  static <T> List<T> list(RowSet<Row> rows, Function<Row, T> f) {
    List<T> out = new ArrayList<>(rows.size());
    for (Row r : rows) {
      out.add(f.apply(r));
    }
    return out;
  }

  static OffsetDateTime ts(Instant i) {
    return i == null ? null : OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
  }

  static Instant instant(Row r, String column) {
    OffsetDateTime t = r.getOffsetDateTime(column);
    return t == null ? null : t.toInstant();
  }

  /** An institution; its identity and lineage columns are read when the query selected them. */
  static Institution institution(Row r) {
    if (r.getColumnIndex("aliases") < 0) {
      return new Institution(r.getString("code"), r.getString("name"), r.getString("type"), r.getString("sector"));
    }
    String[] aliases = r.getArrayOfStrings("aliases");
    String replaces = r.getString("replaces");
    return new Institution(r.getString("code"), r.getString("name"), r.getString("type"), r.getString("sector"),
        r.getString("acronym"), r.getString("website"), aliases == null ? List.of() : List.of(aliases),
        replaces == null ? null : new Institution.Lineage(replaces, r.getLocalDate("replaced_since")));
  }

  static Source source(Row r) {
    boolean sharing = r.getColumnIndex("shared") >= 0;
    return new Source(r.getString("id"), r.getString("institution_code"), URI.create(r.getString("url")),
        r.getString("kind"), r.getString("cron"),
        sharing && Boolean.TRUE.equals(r.getBoolean("shared")), sharing ? r.getString("organization") : null);
  }

  static CrawlRun run(Row r) {
    return new CrawlRun(r.getLong("id"), r.getString("source_id"), RunState.valueOf(r.getString("state").toUpperCase(
        java.util.Locale.ROOT)), IsoWeek.parse(r.getString("week")), instant(r, "started_at"),
        instant(r, "finished_at"), r.getInteger("datasets"), r.getInteger("distributions"),
        r.getInteger("probes"), r.getInteger("errors"), r.getString("message"));
  }

  /** The per-dimension values of a row's {@code dims} column (jsonb as text), keyed by dimension id. */
  static Map<String, Double> dimensions(Row r) {
    return JsonCodec.dimensionsById(r.getString("dims"));
  }

  static InstitutionWeek week(Row r) {
    return new InstitutionWeek(r.getString("institution_code"), IsoWeek.parse(r.getString("week")),
        r.getString("profile"), r.getDouble("overall"), dimensions(r), r.getInteger("datasets"),
        r.getInteger("distributions"), r.getInteger("findings"), r.getInteger("rank"));
  }
}
