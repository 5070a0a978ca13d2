package gt.observatorio.rules.builtin;

/** Evidence paths into the common model, e.g. {@code distributions[2].format}. */
public final class Paths {
  private Paths() {}

  public static String dist(int index, String field) {
    return "distributions[" + index + "]." + field;
  }

  public static String dataset(String field) {
    return "dataset." + field;
  }

  /** {@code name=value}, or {@code name=(vacío/empty)}. */
  public static String observed(String name, String value) {
    return name + "=" + (value == null || value.isBlank() ? "(vacío/empty)" : value);
  }
}
