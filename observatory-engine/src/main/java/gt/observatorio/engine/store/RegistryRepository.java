package gt.observatorio.engine.store;

import gt.observatorio.engine.domain.Institution;
import gt.observatorio.engine.domain.Source;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.Optional;

/** Institutions and their sources: upserted from the registry file, listed for scheduling and the API. */
public final class RegistryRepository {
  private static final String UPSERT_INSTITUTION = """
      insert into institution (code, name, type, sector, acronym, website, aliases, replaces, replaced_since)
      values ($1, $2, $3, $4, $5, $6, $7, $8, $9)
      on conflict (code) do update set name = excluded.name, type = excluded.type,
        sector = excluded.sector, acronym = excluded.acronym, website = excluded.website,
        aliases = excluded.aliases, replaces = excluded.replaces, replaced_since = excluded.replaced_since,
        updated_at = now()
      where (institution.name, institution.type, institution.sector, institution.acronym, institution.website,
          institution.aliases, institution.replaces, institution.replaced_since)
        is distinct from (excluded.name, excluded.type, excluded.sector, excluded.acronym, excluded.website,
          excluded.aliases, excluded.replaces, excluded.replaced_since)""";
  private static final String COLUMNS = "code, name, type, sector, acronym, website, aliases, replaces, replaced_since";
  private static final String UPSERT_SOURCE = """
      insert into source (id, institution_code, url, kind, cron, shared, organization)
      values ($1, $2, $3, $4, $5, $6, $7)
      on conflict (id) do update set institution_code = excluded.institution_code, url = excluded.url,
        kind = excluded.kind, cron = excluded.cron, shared = excluded.shared,
        organization = excluded.organization, updated_at = now()
      where (source.institution_code, source.url, source.kind, source.cron, source.shared, source.organization)
        is distinct from (excluded.institution_code, excluded.url, excluded.kind, excluded.cron,
          excluded.shared, excluded.organization)""";
  private static final String SOURCE_COLUMNS = "id, institution_code, url, kind, cron, shared, organization";

  private static final String DELETE_SOURCE = """
      delete from source s where s.id = $1 and not exists (select 1 from crawl_run r where r.source_id = s.id)
        and not exists (select 1 from dataset d where d.source_id = s.id)""";

  private final Pool pool;

  public RegistryRepository(Pool pool) {
    this.pool = pool;
  }

  /** Inserts or updates institutions, then sources, in one transaction. */
  public Future<Void> upsert(List<Institution> institutions, List<Source> sources) {
    List<Tuple> is = institutions.stream()
        .map(RegistryRepository::tuple).toList();
    List<Tuple> ss = sources.stream()
        .map(s -> Tuple.of(s.id(), s.institutionCode(), s.url().toString(), s.kind(), s.cron(), s.shared(),
            s.organization())).toList();
    return pool.withTransaction(conn -> {
      Future<?> f = is.isEmpty() ? Future.succeededFuture()
          : conn.preparedQuery(UPSERT_INSTITUTION).executeBatch(is);
      return f.compose(x -> ss.isEmpty() ? Future.succeededFuture()
          : conn.preparedQuery(UPSERT_SOURCE).executeBatch(ss)).mapEmpty();
    });
  }

  private static Tuple tuple(Institution i) {
    return Tuple.tuple().addString(i.code()).addString(i.name()).addString(i.type()).addString(i.sector())
        .addString(i.acronym()).addString(i.website()).addArrayOfString(i.aliases().toArray(String[]::new))
        .addString(i.replaces()).addLocalDate(i.lineage() == null ? null : i.lineage().since());
  }

  public Future<List<Institution>> institutions() {
    return pool.query("select " + COLUMNS + " from institution order by code").execute()
        .map(rows -> Rows.list(rows, Rows::institution));
  }

  public Future<Optional<Institution>> institution(String code) {
    return pool.preparedQuery("select " + COLUMNS + " from institution where code = $1")
        .execute(Tuple.of(code))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(Rows.institution(rows.iterator().next())));
  }

  public Future<List<Source>> sources() {
    return pool.query("select " + SOURCE_COLUMNS + " from source order by id").execute()
        .map(rows -> Rows.list(rows, Rows::source));
  }

  /** The sources to schedule: those not disabled. */
  public Future<List<Source>> enabledSources() {
    return pool.query("select " + SOURCE_COLUMNS + " from source where enabled order by id").execute()
        .map(rows -> Rows.list(rows, Rows::source));
  }

  /** Whether a source is enabled; empty when there is no such source. */
  public Future<Optional<Boolean>> enabled(String id) {
    return pool.preparedQuery("select enabled from source where id = $1").execute(Tuple.of(id))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getBoolean(0)));
  }

  /** Enables or disables a source (a disabled one is neither scheduled nor crawled; its history stays). */
  public Future<Void> setEnabled(String id, boolean enabled) {
    return pool.preparedQuery("update source set enabled = $2, updated_at = now() where id = $1 and enabled <> $2")
        .execute(Tuple.of(id, enabled)).mapEmpty();
  }

  /** What deleting a source did. */
  public enum Deletion { DELETED, NOT_FOUND, HAS_HISTORY }

  /** Deletes a source that was never crawled; one with runs or datasets is kept (disable it instead). */
  public Future<Deletion> deleteSource(String id) {
    return pool.preparedQuery(DELETE_SOURCE).execute(Tuple.of(id)).compose(rows -> rows.rowCount() > 0
        ? Future.succeededFuture(Deletion.DELETED)
        : source(id).map(s -> s.isPresent() ? Deletion.HAS_HISTORY : Deletion.NOT_FOUND));
  }

  public Future<Optional<Source>> source(String id) {
    return pool.preparedQuery("select " + SOURCE_COLUMNS + " from source where id = $1")
        .execute(Tuple.of(id))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(Rows.source(rows.iterator().next())));
  }
}
