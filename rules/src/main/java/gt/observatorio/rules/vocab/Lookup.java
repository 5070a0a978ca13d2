package gt.observatorio.rules.vocab;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A vocabulary look-up that remembers the raw values it has resolved: portals repeat the same
 * few spellings, so after the first sight of one, resolving it is one hash look-up with no
 * allocation. The memory is bounded.
 */
final class Lookup<T> {
  private final Map<String, T> byKey = new HashMap<>();
  private final Memo<String, T> memo = new Memo<>(50_000);
  private final Function<String, String> normalizer;

  Lookup(Function<String, String> normalizer) {
    this.normalizer = normalizer;
  }

  /** Registers a spelling; the first value registered for a key wins. */
  void put(String spelling, T value) {
    if (spelling != null && !spelling.isBlank()) {
      byKey.putIfAbsent(normalizer.apply(spelling), value);
    }
  }

  boolean containsKey(String spelling) {
    return byKey.containsKey(normalizer.apply(spelling));
  }

  /** The value for a raw spelling, or null. */
  T get(String raw) {
    if (raw == null) {
      return null;
    }
    return memo.get(raw, this, Lookup::resolve);
  }

  private static <T> T resolve(String raw, Lookup<T> self) {
    return self.byKey.get(self.normalizer.apply(raw));
  }

  /** Looks up an already normalised key, without the memo. */
  T getKey(String key) {
    return byKey.get(key);
  }

  int size() {
    return byKey.size();
  }
}
