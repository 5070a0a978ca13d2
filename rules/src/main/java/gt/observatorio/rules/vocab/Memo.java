package gt.observatorio.rules.vocab;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A bounded memory of a pure function's results, for values that repeat across datasets
 * (spellings of formats, licences, dates): after the first sight of a key its result is one hash
 * look-up. When full it stops remembering and computes; text keys longer than
 * {@value #MAX_KEY_CHARS} characters are never remembered, so a hostile catalog's huge spellings
 * cannot fill memory. Thread-safe.
 *
 * @param <K> the key (non-null)
 * @param <V> the result (may be null)
 */
public final class Memo<K, V> {
  /** The longest text key remembered. */
  public static final int MAX_KEY_CHARS = 128;
  private static final Object NULL = new Object();
  private final ConcurrentHashMap<K, Object> memo = new ConcurrentHashMap<>();
  private final int max;

  public Memo(int max) {
    this.max = max;
  }

  /** The result of {@code f} on {@code key}, remembered. */
  public V get(K key, Function<? super K, ? extends V> f) {
    return get(key, f, Memo::apply);
  }

  private static <K, V> V apply(K key, Function<? super K, ? extends V> f) {
    return f.apply(key);
  }

  /**
   * The result of {@code f} on {@code key} and {@code arg}, remembered by {@code key} alone (the
   * caller guarantees the result depends on {@code arg} only through {@code key}). Lets callers
   * pass a non-capturing function, so that a hit allocates nothing.
   */
  @SuppressWarnings("unchecked")
  public <A> V get(K key, A arg, BiFunction<? super K, ? super A, ? extends V> f) {
    Object hit = memo.get(key);
    if (hit == null) {
      V v = f.apply(key, arg);
      if (memo.size() < max && rememberable(key)) {
        memo.put(key, v == null ? NULL : v);
      }
      return v;
    }
    return hit == NULL ? null : (V) hit;
  }

  private static boolean rememberable(Object key) {
    return !(key instanceof CharSequence c) || c.length() <= MAX_KEY_CHARS;
  }
}
