package gt.observatorio.engine.domain;

import java.util.Objects;

/** A public institution under observation, e.g. {@code MINTRAB}. */
public record Institution(String code, String name, String type, String sector) {
  public Institution {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
  }
}
