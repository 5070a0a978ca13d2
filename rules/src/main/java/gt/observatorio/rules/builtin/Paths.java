package gt.observatorio.rules.builtin;

import gt.observatorio.rules.vocab.Memo;

/** Evidence paths into the common model, e.g. {@code distributions[2].format}. */
public final class Paths {
  private static final String EMPTY = "(vacío/empty)";
  private static final Memo<String, Memo<String, String>> FORMAT_MEDIA = new Memo<>(1_000);

  private Paths() {}

  public static String dist(int index, String field) {
    return "distributions[" + index + "]." + field;
  }

  public static String dataset(String field) {
    return "dataset." + field;
  }

  /** {@code name=value}, or {@code name=(vacío/empty)}. */
  public static String observed(String name, String value) {
    return name + "=" + (value == null || value.isBlank() ? EMPTY : value);
  }

  /** {@code format=…; mediaType=…}, remembered (the spellings repeat across datasets). */
  public static String formatAndMediaType(String format, String mediaType) {
    Memo<String, String> byType = FORMAT_MEDIA.get(format == null ? "" : format, f -> new Memo<>(64));
    return byType.get(mediaType == null ? "" : mediaType, format, (m, f) -> observed("format", f) + "; " + observed("mediaType", m));
  }

  /** A field whose paths are built once, for rules that report it often. */
  public static Field field(String name) {
    return new Field("", name, false);
  }

  /** As {@link #field(String)}, with {@code prefix} before each distribution path. */
  public static Field prefixedField(String prefix, String name) {
    return new Field(prefix, name, false);
  }

  /**
   * As {@link #field(String)}, also remembering {@link Field#observed(String)} texts: for fields
   * whose values repeat across datasets (formats, media types, licences), with a bounded memory.
   */
  public static Field vocabularyField(String name) {
    return new Field("", name, true);
  }

  /** The paths and observed texts of one field. */
  public static final class Field {
    private static final int CACHED = 64;
    private final String name;
    private final String[] dist = new String[CACHED];
    private final String dataset;
    private final String empty;
    private final Memo<String, String> observed;

    private final String prefix;

    private Field(String prefix, String name, boolean memo) {
      this.prefix = prefix;
      this.name = name;
      for (int i = 0; i < CACHED; i++) {
        dist[i] = prefix + Paths.dist(i, name);
      }
      dataset = Paths.dataset(name);
      empty = Paths.observed(name, null);
      observed = memo ? new Memo<>(10_000) : null;
    }

    public String name() {
      return name;
    }

    /** {@code distributions[i].name}. */
    public String dist(int i) {
      return i >= 0 && i < CACHED ? dist[i] : prefix + Paths.dist(i, name);
    }

    /** {@code dataset.name}. */
    public String dataset() {
      return dataset;
    }

    /** {@code name=value}, or {@code name=(vacío/empty)}. */
    public String observed(String value) {
      if (value == null || value.isBlank()) {
        return empty;
      }
      return observed == null ? join(value, name) : observed.get(value, name, Field::join);
    }

    private static String join(String value, String name) {
      return name + "=" + value;
    }
  }
}
