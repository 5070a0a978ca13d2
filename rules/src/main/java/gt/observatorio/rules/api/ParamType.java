package gt.observatorio.rules.api;

/** The type of a rule parameter as written in a rule set. */
public enum ParamType {
  INTEGER, DECIMAL, BOOLEAN, STRING, STRING_LIST;

  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
