package gt.observatorio.rules.api;

import gt.observatorio.engine.domain.Text;
import java.util.List;
import java.util.Objects;

/**
 * A parameter a rule declares.
 *
 * @param defaultValue an {@link Integer}, {@link Double}, {@link Boolean}, {@link String} or a
 *     {@code List<String>}, matching {@code type}
 */
public record ParamSpec(String name, ParamType type, Object defaultValue, Text description) {
  public ParamSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(defaultValue, "defaultValue");
    if (defaultValue instanceof List<?> l) {
      defaultValue = List.copyOf(l);
    }
  }

  public static ParamSpec integer(String name, int def, Text description) {
    return new ParamSpec(name, ParamType.INTEGER, def, description);
  }

  public static ParamSpec decimal(String name, double def, Text description) {
    return new ParamSpec(name, ParamType.DECIMAL, def, description);
  }

  public static ParamSpec bool(String name, boolean def, Text description) {
    return new ParamSpec(name, ParamType.BOOLEAN, def, description);
  }

  public static ParamSpec string(String name, String def, Text description) {
    return new ParamSpec(name, ParamType.STRING, def, description);
  }

  public static ParamSpec stringList(String name, List<String> def, Text description) {
    return new ParamSpec(name, ParamType.STRING_LIST, def, description);
  }
}
