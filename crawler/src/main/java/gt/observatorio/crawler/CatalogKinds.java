package gt.observatorio.crawler;

import gt.observatorio.engine.domain.Source;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The catalog kinds registered through {@link HarvesterFactory} service lines, in the service file's
 * order. The registry, the admin API and the command line validate a source's kind here.
 */
public final class CatalogKinds {
  private static final Map<String, HarvesterFactory> BY_ID = load();

  private CatalogKinds() {}

  private static Map<String, HarvesterFactory> load() {
    Map<String, HarvesterFactory> map = new LinkedHashMap<>();
    for (HarvesterFactory f : ServiceLoader.load(HarvesterFactory.class, CatalogKinds.class.getClassLoader())) {
      String id = Source.kindId(f.kind());
      if (!id.equals(f.kind()) || map.putIfAbsent(id, f) != null) {
        throw new IllegalStateException("harvester kind '" + f.kind() + "' of " + f.getClass().getName()
            + " is not lower case or is registered twice");
      }
    }
    return map;
  }

  /** Every registered factory, in registration order. */
  public static List<HarvesterFactory> factories() {
    return List.copyOf(BY_ID.values());
  }

  /** The ids of the registered kinds, in registration order. */
  public static List<String> ids() {
    return new ArrayList<>(BY_ID.keySet());
  }

  /** The registered id spelled by {@code kind} (any case, surrounding blanks ignored); fails naming the ids. */
  public static String require(String kind) {
    String id = kind == null ? "" : kind.trim().toLowerCase(java.util.Locale.ROOT);
    if (!BY_ID.containsKey(id)) {
      throw new IllegalArgumentException("unknown source kind '" + kind + "'; expected one of "
          + String.join(", ", BY_ID.keySet()));
    }
    return id;
  }
}
