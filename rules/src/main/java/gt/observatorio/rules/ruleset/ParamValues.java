package gt.observatorio.rules.ruleset;

import com.fasterxml.jackson.databind.JsonNode;
import gt.observatorio.rules.api.ParamSpec;
import java.util.ArrayList;
import java.util.List;

/** Converts a YAML parameter value to its declared type, or says why it cannot. */
final class ParamValues {
  private ParamValues() {}

  /** The typed value, or a String starting with {@code "!"} giving the reason it is wrong. */
  static Object convert(ParamSpec spec, JsonNode v) {
    switch (spec.type()) {
      case INTEGER:
        if (v.isIntegralNumber() || (v.isNumber() && v.asDouble() == Math.rint(v.asDouble()))) {
          return v.asInt();
        }
        break;
      case DECIMAL:
        if (v.isNumber()) {
          return v.asDouble();
        }
        break;
      case BOOLEAN:
        if (v.isBoolean()) {
          return v.asBoolean();
        }
        break;
      case STRING:
        if (v.isTextual()) {
          return v.asText();
        }
        break;
      case STRING_LIST:
        if (v.isArray()) {
          List<String> out = new ArrayList<>();
          for (JsonNode item : v) {
            if (!item.isTextual()) {
              return "!parameter '" + spec.name() + "' must be a list of texts";
            }
            out.add(item.asText());
          }
          return List.copyOf(out);
        }
        break;
      default:
        break;
    }
    return "!parameter '" + spec.name() + "' must be of type " + spec.type().id() + ", got " + v;
  }
}
