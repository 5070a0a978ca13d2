package gt.observatorio.engine.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The ids of bodies interned in one of the shared tables ({@code rule_text}, {@code card_rule},
 * {@code card_rule_set}, {@code card_rule_list}), by the first 128 bits of the SHA-256 of the body as the
 * application writes it; the least recently used are forgotten beyond a bound. Valid because those rows are committed before any id is
 * remembered and are never deleted while the observatory runs.
 */
public final class InternedIds {
  /** A body's key: the first 128 bits of the SHA-256 of its JSON. */
  public record Key(long hi, long lo) {
    /** The key of a body. */
    public static Key of(String json) {
      try {
        ByteBuffer b = ByteBuffer.wrap(MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8)));
        return new Key(b.getLong(), b.getLong());
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public String toString() {
      return Long.toHexString(hi) + Long.toHexString(lo);
    }
  }

  private final Map<Key, Long> ids;

  /** A cache remembering at most {@code bound} ids. */
  public InternedIds(int bound) {
    ids = new LinkedHashMap<>(1024, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<Key, Long> eldest) {
        return size() > bound;
      }
    };
  }

  /** The id remembered for a key, or null. */
  public synchronized Long get(Key k) {
    return ids.get(k);
  }

  /** Remembers the ids of committed rows. */
  public synchronized void putAll(Map<Key, Long> found) {
    ids.putAll(found);
  }
}
