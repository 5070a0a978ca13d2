package gt.observatorio.engine.db;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.callback.BaseCallback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * Runs just before V190 (compact score rows), in its transaction, so that V190's check (every score row's copy of
 * its card's rule set, score and maximum equal to the card) finds equal what is equal, in two cases a database
 * written by the application may hold:
 * <ul>
 *   <li>a card holding its rule set as an object, not as the id of a {@code card_rule_set} row (a shape V161 keeps
 *       readable, "as written before"; V190's check casts the card's {@code ruleSet} to a number and failed on it):
 *       its rule set is stored in {@code card_rule_set} and the card given its id, as V161 did for every card;</li>
 *   <li>a row whose copy of the score or maximum is non-finite (NaN, Infinity) where the card keeps that value as the
 *       string its JSON writes: the row is given the 0 the application has stored for such values since 28737fe
 *       (2026-11-26; the first builds stored them as they were).</li>
 * </ul>
 * Nothing is lost: the card keeps every value. Any other difference between a row and its card is left for V190 to
 * refuse. Not a migration of its own: a database where V190 already ran never needs it, and one where V190 refused
 * must run it before V190 (a migration numbered below 190 would be out of order everywhere else, and V190 cannot be
 * edited: databases that ran it would fail Flyway's checksum validation).
 *
 * <p>Antes de V190 (filas de puntuación compactas): el conjunto de reglas de una tarjeta guardado una vez, y una
 * puntuación no finita copiada en la fila puesta en 0 cuando la tarjeta la guarda como texto; nada se pierde.
 */
public final class ScoreRowsBeforeV190 extends BaseCallback {
  /** As V161: each rule set a card holds as an object stored once. */
  private static final String INTERN_RULE_SETS = """
      insert into card_rule_set (body)
      select x from (select distinct card->'ruleSet' as x from score where jsonb_typeof(card->'ruleSet') = 'object') q
      order by md5(x::text)
      on conflict ((md5(body::text))) do nothing""";
  /** As V161: the card names its rule set by id. */
  private static final String RULE_SETS_BY_ID = """
      update score s set card = jsonb_set(s.card, '{ruleSet}', to_jsonb(r.id))
      from card_rule_set r
      where jsonb_typeof(s.card->'ruleSet') = 'object' and md5(r.body::text) = md5((s.card->'ruleSet')::text)
        and r.body = s.card->'ruleSet'""";
  /** A NaN or infinite score, or maximum, that the card does not hold as a number becomes 0. */
  private static final List<String> NON_FINITE_SCORES_TO_ZERO = List.of("""
      update score set score = 0
      where score in ('NaN', 'Infinity', '-Infinity') and jsonb_typeof(card->'score') is distinct from 'number'""", """
      update score set max_score = 0
      where max_score in ('NaN', 'Infinity', '-Infinity') and jsonb_typeof(card->'maxScore') is distinct from 'number'""");

  @Override
  public boolean supports(Event event, Context context) {
    if (event != Event.BEFORE_EACH_MIGRATE) {
      return false;
    }
    if (context == null) {
      return true; // asked without a migration (Flyway sorting its callbacks): the migration is checked below
    }
    MigrationInfo next = context.getMigrationInfo();
    return next != null && next.getVersion() != null && "190".equals(next.getVersion().getVersion());
  }

  @Override
  public boolean canHandleInTransaction(Event event, Context context) {
    return true;
  }

  @Override
  public void handle(Event event, Context context) {
    try (Statement st = context.getConnection().createStatement()) {
      st.executeUpdate(INTERN_RULE_SETS);
      st.executeUpdate(RULE_SETS_BY_ID);
      for (String zero : NON_FINITE_SCORES_TO_ZERO) {
        st.executeUpdate(zero);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("before V190: " + e.getMessage(), e);
    }
  }

  @Override
  public String getCallbackName() {
    return "score rows before V190";
  }
}
