package gt.observatorio.engine.domain;

/** How much a finding matters to a reader. */
public enum Severity {
  INFO, WARNING, ERROR
}
