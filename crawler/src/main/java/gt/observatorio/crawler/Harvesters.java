package gt.observatorio.crawler;

import gt.observatorio.crawler.harvest.GuardedHarvester;
import gt.observatorio.engine.port.Harvester;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The harvesters of every registered catalog kind ({@link CatalogKinds}). */
public final class Harvesters {
  private final Map<String, Harvester> byKind;

  private Harvesters(Map<String, Harvester> byKind) {
    this.byKind = byKind;
  }

  /**
   * Builds the harvester of every registered kind, wrapped in a {@link GuardedHarvester} so that even
   * a bug ends as an issue, never an exception.
   */
  public static Harvesters load(CrawlerContext ctx) {
    Map<String, Harvester> map = new LinkedHashMap<>();
    for (HarvesterFactory f : CatalogKinds.factories()) {
      map.put(f.kind(), new GuardedHarvester(f.create(ctx), ctx.config().limits().maxHarvestMillis()));
    }
    return new Harvesters(map);
  }

  /** The harvester of a kind; fails naming the kinds that have one. */
  public Harvester forKind(String kind) {
    Harvester h = byKind.get(kind);
    if (h == null) {
      throw new IllegalArgumentException("no harvester for source kind '" + kind + "'; available: "
          + String.join(", ", byKind.keySet()));
    }
    return h;
  }

  public Set<String> kinds() {
    return Collections.unmodifiableSet(byKind.keySet());
  }
}
