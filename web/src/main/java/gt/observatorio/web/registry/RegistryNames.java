package gt.observatorio.web.registry;

import gt.observatorio.engine.domain.Text;
import java.util.Map;
import java.util.TreeMap;

/**
 * The registry's own names of its codes: institution types and sectors, each in Spanish and English (the
 * {@code types} and {@code sectors} sections of a registry file). A registry without them names nothing.
 */
public record RegistryNames(Map<String, Text> types, Map<String, Text> sectors) {
  public RegistryNames {
    types = Map.copyOf(types);
    sectors = Map.copyOf(sectors);
  }

  static RegistryNames of(RegistryFile raw) {
    return new RegistryNames(texts(raw.types()), texts(raw.sectors()));
  }

  private static Map<String, Text> texts(Map<String, RegistryFile.NameEntry> names) {
    Map<String, Text> out = new TreeMap<>();
    if (names != null) {
      names.forEach((code, n) -> out.put(code, Text.of(n == null ? null : n.es(), n == null ? null : n.en())));
    }
    return out;
  }
}
