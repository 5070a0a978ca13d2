package gt.observatorio.engine.store;

import gt.observatorio.engine.store.InternedIds.Key;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Interns the texts, rule outcomes, rule sets and outcome lists of a batch's cards ({@link CardCompaction}) and gives
 * the cards as stored. Each table costs one statement for the bodies this process has not seen yet (none once they are known),
 * committed on its own before the batch's transaction starts, so that an id is only remembered once its row is
 * committed (a row a failed batch leaves behind is shared and harmless).
 */
public final class CardInterner {
  /** Where bodies are interned ({@link InternSql}): per body, in order, its id, or null where none is visible yet. */
  public interface BodyStore {
    Future<List<Long>> intern(String table, String[] bodies);
  }

  private final BodyStore store;
  private final InternedIds texts = new InternedIds(20_000);
  private final InternedIds outcomes = new InternedIds(100_000);
  private final InternedIds sets = new InternedIds(1_000);
  private final InternedIds lists = new InternedIds(10_000);

  /** An interner over any store; safe to share between threads. */
  public CardInterner(BodyStore store) {
    this.store = store;
  }

  CardInterner(Pool pool) {
    this((table, bodies) -> pool.preparedQuery(InternSql.intern(table, "$1")).execute(Tuple.tuple().addValue(bodies))
        .map(rows -> {
          List<Long> ids = new ArrayList<>();
          for (Row r : rows) {
            ids.add(r.getLong("id"));
          }
          return ids;
        }));
  }

  /** The cards' JSON as stored, in order. */
  public Future<String[]> compact(CardCompaction cards) {
    return intern(texts, "rule_text", cards.texts())
        .compose(t -> intern(sets, "card_rule_set", cards.ruleSets())
            .compose(s -> intern(outcomes, "card_rule", cards.outcomes(t))
                .compose(o -> intern(lists, "card_rule_list", cards.lists(o))
                    .map(l -> cards.cards(o, s, l)))));
  }

  /** The ids of the bodies (remembered, else interned; retried once for rows another writer committed meanwhile). */
  private Future<Map<Key, Long>> intern(InternedIds cache, String table, Map<Key, String> bodies) {
    Map<Key, Long> found = new HashMap<>();
    List<Key> missing = new ArrayList<>();
    bodies.forEach((k, body) -> {
      Long id = cache.get(k);
      if (id == null) {
        missing.add(k);
      } else {
        found.put(k, id);
      }
    });
    return lookUp(table, bodies, missing, found)
        .compose(again -> lookUp(table, bodies, again, found))
        .map(x -> {
          cache.putAll(found);
          return found;
        });
  }

  /** Interns the given bodies; gives those still without an id. */
  private Future<List<Key>> lookUp(String table, Map<Key, String> bodies, List<Key> keys, Map<Key, Long> found) {
    if (keys.isEmpty()) {
      return Future.succeededFuture(List.of());
    }
    String[] json = keys.stream().map(bodies::get).toArray(String[]::new);
    return store.intern(table, json).map(ids -> {
      List<Key> again = new ArrayList<>();
      for (int i = 0; i < keys.size(); i++) {
        if (ids.get(i) == null) {
          again.add(keys.get(i));
        } else {
          found.put(keys.get(i), ids.get(i));
        }
      }
      return again;
    });
  }
}
