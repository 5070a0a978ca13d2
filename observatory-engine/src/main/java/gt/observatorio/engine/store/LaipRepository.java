package gt.observatorio.engine.store;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import gt.observatorio.engine.domain.HarvestIssue;
import gt.observatorio.engine.domain.LaipChecklist;
import gt.observatorio.engine.domain.LaipNumeralCheck;
import gt.observatorio.engine.domain.LaipRankingRow;
import gt.observatorio.engine.domain.LaipStatus;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Article 10 checklists per institution and month; the last check of a month replaces earlier ones. */
public final class LaipRepository {
  private static final String UPSERT_CHECK = """
      insert into laip_check (institution_code, month, portal_url, layout, checked_at, compliance, published, issues)
      values ($1, $2, $3, $4, $5, $6, $7, cast($8::text as jsonb))
      on conflict (institution_code, month) do update set portal_url = excluded.portal_url,
        layout = excluded.layout, checked_at = excluded.checked_at, compliance = excluded.compliance,
        published = excluded.published, issues = excluded.issues""";
  private static final String DELETE_NUMERALS = "delete from laip_numeral where institution_code = $1 and month = $2";
  private static final String INSERT_NUMERALS = """
      insert into laip_numeral (institution_code, month, numeral, label, update_kind, status, latest_date,
        evidence, broken_links)
      select $1, $2, t.n, t.label, t.upd, t.status, t.latest, cast(t.ev as jsonb), cast(t.br as jsonb)
      from unnest($3::smallint[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[])
        as t(n, label, upd, status, latest, ev, br)""";
  private static final String CHECK = """
      select portal_url, layout, checked_at, issues::text as issues from laip_check
      where institution_code = $1 and month = $2""";
  private static final String NUMERALS = """
      select numeral, label, update_kind, status, latest_date, evidence::text as evidence,
        broken_links::text as broken_links
      from laip_numeral where institution_code = $1 and month = $2 order by numeral""";
  private static final String RANKING = """
      select rank() over (order by c.compliance desc) as rank, c.institution_code, i.name, c.month, c.portal_url,
        c.compliance, c.published,
        count(*) filter (where n.status = 'current') as current, count(*) filter (where n.status = 'stale') as stale,
        count(*) filter (where n.status = 'broken') as broken,
        count(*) filter (where n.status = 'not-found') as not_found
      from laip_check c left join institution i on i.code = c.institution_code
        left join laip_numeral n on n.institution_code = c.institution_code and n.month = c.month
      where c.month = $1
      group by c.institution_code, i.name, c.month, c.portal_url, c.compliance, c.published
      order by rank, c.institution_code""";
  private static final String MONTHS = "select distinct month from laip_check order by month";
  private static final String HISTORY = """
      select month, compliance from laip_check where institution_code = $1 order by month""";
  private static final String UNCHECKED = """
      select i.code, i.name from institution i
      where not exists (select 1 from laip_check c where c.institution_code = i.code and c.month = $1)
        and not exists (select 1 from institution j where j.replaces = i.code)
      order by i.name, i.code""";
  private static final String MATRIX = """
      select month, numeral, status from laip_numeral where institution_code = $1 order by month, numeral""";
  static final ObjectMapper JSON = new ObjectMapper();

  /** One numeral's status in one month. */
  public record NumeralMonth(YearMonth month, int numeral, String status) {}

  private final Pool pool;

  public LaipRepository(Pool pool) {
    this.pool = pool;
  }

  /** Stores a checklist as the institution's check for the month of its {@code checkedAt} (UTC). */
  public Future<YearMonth> save(String institutionCode, LaipChecklist c) {
    YearMonth ym = YearMonth.from(c.checkedAt().atZone(ZoneOffset.UTC));
    LocalDate month = ym.atDay(1);
    int size = c.numerals().size();
    Short[] ns = new Short[size];
    String[][] cols = new String[6][size];
    for (int i = 0; i < size; i++) {
      LaipNumeralCheck n = c.numerals().get(i);
      ns[i] = (short) n.numeral();
      cols[0][i] = n.label();
      cols[1][i] = n.update();
      cols[2][i] = n.status().id();
      cols[3][i] = n.latestDate();
      cols[4][i] = json(n.evidence());
      cols[5][i] = json(n.brokenLinks());
    }
    return pool.withTransaction(conn -> conn.preparedQuery(UPSERT_CHECK).execute(Tuple.of(institutionCode, month,
            c.portalUrl(), c.layout(), c.checkedAt().atOffset(ZoneOffset.UTC)).addValue(c.compliancePercent())
            .addValue(c.publishedPercent()).addValue(json(c.issues())))
        .compose(x -> conn.preparedQuery(DELETE_NUMERALS).execute(Tuple.of(institutionCode, month)))
        .compose(x -> conn.preparedQuery(INSERT_NUMERALS).execute(Tuple.of(institutionCode, month, ns, cols[0],
            cols[1], cols[2]).addValue(cols[3]).addValue(cols[4]).addValue(cols[5]))))
        .map(x -> ym);
  }

  /** The institution's checklist of a month, if it was checked then. */
  public Future<Optional<LaipChecklist>> checklist(String institutionCode, YearMonth month) {
    Tuple key = Tuple.of(institutionCode, month.atDay(1));
    return pool.preparedQuery(CHECK).execute(key).compose(rows -> {
      if (rows.size() == 0) {
        return Future.succeededFuture(Optional.<LaipChecklist>empty());
      }
      Row c = rows.iterator().next();
      return pool.preparedQuery(NUMERALS).execute(key).map(ns -> {
        List<LaipNumeralCheck> list = new ArrayList<>();
        for (Row r : ns) {
          list.add(new LaipNumeralCheck(r.getInteger("numeral"), r.getString("label"), r.getString("update_kind"),
              LaipStatus.fromId(r.getString("status")), strings(r.getString("evidence")),
              strings(r.getString("broken_links")), r.getString("latest_date")));
        }
        List<HarvestIssue> issues = read(c.getString("issues"), new TypeReference<List<HarvestIssue>>() {});
        return Optional.of(new LaipChecklist(c.getString("portal_url"), c.getString("layout"),
            c.getOffsetDateTime("checked_at").toInstant(), list, issues));
      });
    });
  }

  /** The institutions checked in a month, best compliance first. */
  public Future<List<LaipRankingRow>> ranking(YearMonth month) {
    return pool.preparedQuery(RANKING).execute(Tuple.of(month.atDay(1))).map(rows -> {
      List<LaipRankingRow> out = new ArrayList<>();
      for (Row r : rows) {
        out.add(new LaipRankingRow(r.getLong("rank").intValue(), r.getString("institution_code"), r.getString("name"),
            YearMonth.from(r.getLocalDate("month")), r.getString("portal_url"), r.getDouble("compliance"),
            r.getDouble("published"), r.getLong("current").intValue(), r.getLong("stale").intValue(),
            r.getLong("broken").intValue(), r.getLong("not_found").intValue()));
      }
      return out;
    });
  }

  /** The months with at least one check, oldest first. */
  public Future<List<YearMonth>> months() {
    return pool.query(MONTHS).execute().map(rows -> {
      List<YearMonth> out = new ArrayList<>();
      rows.forEach(r -> out.add(YearMonth.from(r.getLocalDate("month"))));
      return out;
    });
  }

  /** An institution's compliance month by month, oldest first. */
  public Future<List<java.util.Map.Entry<YearMonth, Double>>> history(String institutionCode) {
    return pool.preparedQuery(HISTORY).execute(Tuple.of(institutionCode)).map(rows -> {
      List<java.util.Map.Entry<YearMonth, Double>> out = new ArrayList<>();
      rows.forEach(r -> out.add(java.util.Map.entry(YearMonth.from(r.getLocalDate("month")), r.getDouble("compliance"))));
      return out;
    });
  }

  static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static <T> T read(String json, TypeReference<T> type) {
    try {
      return JSON.readValue(json, type);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> strings(String json) {
    return read(json, new TypeReference<List<String>>() {});
  }

  /**
   * The registered institutions without a check in a month (code, name), by name; an institution replaced by
   * another is left out (its successor answers for it).
   */
  public Future<List<java.util.Map.Entry<String, String>>> unchecked(YearMonth month) {
    return pool.preparedQuery(UNCHECKED).execute(Tuple.of(month.atDay(1))).map(rows -> {
      List<java.util.Map.Entry<String, String>> out = new ArrayList<>();
      rows.forEach(r -> out.add(java.util.Map.entry(r.getString("code"), r.getString("name"))));
      return out;
    });
  }

  /** Every numeral's status in every month an institution was checked, oldest month first. */
  public Future<List<NumeralMonth>> matrix(String institutionCode) {
    return pool.preparedQuery(MATRIX).execute(Tuple.of(institutionCode)).map(rows -> {
      List<NumeralMonth> out = new ArrayList<>();
      rows.forEach(r -> out.add(new NumeralMonth(YearMonth.from(r.getLocalDate("month")), r.getInteger("numeral"),
          r.getString("status"))));
      return out;
    });
  }
}
