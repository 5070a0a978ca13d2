package gt.observatorio.crawler;

import gt.observatorio.crawler.harvest.GuardedHarvester;
import gt.observatorio.engine.domain.SourceKind;
import gt.observatorio.engine.port.Harvester;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;

/** The harvesters of every registered source kind, found through {@link HarvesterFactory}. */
public final class Harvesters {
  private final Map<SourceKind, Harvester> byKind;

  private Harvesters(Map<SourceKind, Harvester> byKind) {
    this.byKind = byKind;
  }

  /**
   * Loads every {@link HarvesterFactory} on the class path and builds its harvester, wrapped in a
   * {@link GuardedHarvester} so that even a bug ends as an issue, never an exception.
   */
  public static Harvesters load(CrawlerContext ctx) {
    Map<SourceKind, Harvester> map = new EnumMap<>(SourceKind.class);
    for (HarvesterFactory f : ServiceLoader.load(HarvesterFactory.class, Harvesters.class.getClassLoader())) {
      if (map.containsKey(f.kind())) {
        throw new IllegalStateException("two harvesters for kind " + f.kind().id());
      }
      map.put(f.kind(), new GuardedHarvester(f.create(ctx)));
    }
    return new Harvesters(map);
  }

  /** The harvester of a kind; fails naming the kinds that have one. */
  public Harvester forKind(SourceKind kind) {
    Harvester h = byKind.get(kind);
    if (h == null) {
      throw new IllegalArgumentException("no harvester for source kind '" + kind.id() + "'; available: "
          + String.join(", ", byKind.keySet().stream().map(SourceKind::id).toList()));
    }
    return h;
  }

  public Set<SourceKind> kinds() {
    return Collections.unmodifiableSet(byKind.keySet());
  }
}
