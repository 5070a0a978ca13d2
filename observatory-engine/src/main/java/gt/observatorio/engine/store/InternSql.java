package gt.observatorio.engine.store;

import java.util.Set;

/**
 * The statement that interns bodies in a shared table ({@code rule_text}, {@code card_rule}, {@code card_rule_set},
 * {@code card_rule_list}).
 */
public final class InternSql {
  private static final Set<String> TABLES = Set.of("rule_text", "card_rule", "card_rule_set", "card_rule_list");

  private InternSql() {}

  /**
   * Inserts each body of the text array {@code param} ({@code $1} or {@code ?}) not stored yet (in hash order, so
   * concurrent writers cannot deadlock) and gives, per body, its position {@code o} (from 1) and its {@code id}
   * (null where a concurrent writer's row is not visible yet, or where a different body has the same MD5).
   */
  public static String intern(String table, String param) {
    if (!TABLES.contains(table)) {
      throw new IllegalArgumentException(table);
    }
    return """
        with t as (select u.o, cast(u.b as jsonb) as body from unnest(PARAM::text[]) with ordinality as u(b, o)),
        ins as (insert into TABLE (body) select body from t order by md5(body::text)
                on conflict ((md5(body::text))) do nothing returning id, body)
        select t.o::int as o, coalesce(
          (select i.id from ins i where md5(i.body::text) = md5(t.body::text) and i.body = t.body limit 1),
          (select r.id from TABLE r where md5(r.body::text) = md5(t.body::text) and r.body = t.body)) as id
        from t order by t.o""".replace("TABLE", table).replace("PARAM", param);
  }
}
