package gt.observatorio.engine.store;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Text stored compressed as {@code bytea} (V165): PostgreSQL compresses a value only when its row passes about
 * 2 KB, so the dataset records and probe results (0.6-3 KB of JSON each) are compressed here. The first byte
 * names the format, the rest is a raw deflate stream primed with that format's preset dictionary (the keys and
 * common values of such records) and, optionally, a context the reader also knows (a probe's URL, stored in
 * its own column, which the result then refers to instead of repeating it).
 *
 * <p><b>A format's dictionary is never edited</b>: stored values need it to be read. A better dictionary is a
 * new format id; every id ever written stays readable.
 */
public final class PackedText {
  /** The formats: an id (the first stored byte) and the preset dictionary. */
  public enum Format {
    /** Not compressed (UTF-8 after the id byte): what a writer without a deflater (plain SQL) can store. */
    PLAIN(0, ""),
    /** A dataset version: its mapped metadata (JSON), a NUL, then the raw record as harvested (if any). */
    DATASET(1, Dictionaries.DATASET_V1),
    /** A probe result (JSON), primed with the probed URL. */
    PROBE(2, Dictionaries.PROBE_V1);

    final byte id;
    final byte[] dictionary;

    Format(int id, String dictionary) {
      this.id = (byte) id;
      this.dictionary = dictionary.getBytes(StandardCharsets.UTF_8);
    }

    static Format of(byte id) {
      for (Format f : values()) {
        if (f.id == id) {
          return f;
        }
      }
      throw new IllegalStateException("unknown packed text format " + id);
    }
  }

  private PackedText() {}

  /** {@code text} compressed in {@code format}, primed with {@code context} (null: none). */
  public static byte[] pack(Format format, String text, String context) {
    if (format == Format.PLAIN) {
      byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
      byte[] out = new byte[utf8.length + 1];
      System.arraycopy(utf8, 0, out, 1, utf8.length);
      return out;
    }
    Deflater d = new Deflater(Deflater.BEST_COMPRESSION, true);
    try {
      d.setDictionary(dictionary(format, context));
      d.setInput(text.getBytes(StandardCharsets.UTF_8));
      d.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream(64 + text.length() / 3);
      out.write(format.id);
      byte[] buf = new byte[4096];
      while (!d.finished()) {
        out.write(buf, 0, d.deflate(buf));
      }
      return out.toByteArray();
    } finally {
      d.end();
    }
  }

  /** What {@link #pack} was given, read back with the same {@code context}. */
  public static String unpack(byte[] packed, String context) {
    if (packed[0] == Format.PLAIN.id) {
      return new String(packed, 1, packed.length - 1, StandardCharsets.UTF_8);
    }
    Inflater in = new Inflater(true);
    try {
      in.setDictionary(dictionary(Format.of(packed[0]), context));
      in.setInput(packed, 1, packed.length - 1);
      ByteArrayOutputStream out = new ByteArrayOutputStream(packed.length * 4);
      byte[] buf = new byte[8192];
      while (!in.finished()) {
        int n = in.inflate(buf);
        if (n == 0 && (in.needsInput() || in.needsDictionary())) {
          throw new IllegalStateException("packed text is truncated");
        }
        out.write(buf, 0, n);
      }
      return out.toString(StandardCharsets.UTF_8);
    } catch (DataFormatException e) {
      throw new IllegalStateException("packed text is not valid", e);
    } finally {
      in.end();
    }
  }

  /** A dataset version's metadata JSON and raw record (null: none) as one packed value. */
  public static byte[] packDataset(String metadata, String raw) {
    return pack(Format.DATASET, raw == null ? metadata : metadata + '\0' + raw, null);
  }

  /** What {@link #packDataset} was given: {metadata, raw}; raw is null when there was none. */
  public static String[] unpackDataset(byte[] packed) {
    String s = unpack(packed, null);
    int nul = s.indexOf('\0');
    return nul < 0 ? new String[] {s, null} : new String[] {s.substring(0, nul), s.substring(nul + 1)};
  }

  private static byte[] dictionary(Format format, String context) {
    if (context == null || context.isEmpty()) {
      return format.dictionary;
    }
    byte[] c = context.getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[format.dictionary.length + c.length];
    System.arraycopy(format.dictionary, 0, all, 0, format.dictionary.length);
    System.arraycopy(c, 0, all, format.dictionary.length, c.length);
    return all;
  }
}
