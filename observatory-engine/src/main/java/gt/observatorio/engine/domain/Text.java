package gt.observatorio.engine.domain;

/** A text a person reads: Spanish first, English second. */
public record Text(String es, String en) {
  public static Text of(String es, String en) {
    return new Text(es, en);
  }
}
