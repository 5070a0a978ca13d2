package gt.observatorio.web.registry;

import gt.observatorio.engine.domain.Attribution;
import gt.observatorio.engine.domain.PublisherMatcher;
import gt.observatorio.engine.store.Stores;
import gt.observatorio.engine.store.UnattributedPublisher;
import io.vertx.core.Future;
import java.util.List;

/**
 * The publishers of shared catalogs that name no institution (or two), with their dataset count and the
 * institutions whose names come closest, so that the operator can add an alias to the registry.
 */
public final class UnattributedPublishers {
  /** One publisher to resolve; {@code closest} are institution codes, nearest first. */
  public record Row(String source, String publisher, int datasets, String attribution, List<String> closest) {}

  private UnattributedPublishers() {}

  public static Future<List<Row>> list(Stores stores) {
    return stores.registry().institutions().compose(institutions -> {
      PublisherMatcher matcher = new PublisherMatcher(institutions);
      return stores.attribution().unattributed().map(rows -> rows.stream()
          .map(r -> row(matcher, r)).toList());
    });
  }

  private static Row row(PublisherMatcher matcher, UnattributedPublisher p) {
    Attribution a = matcher.attribute(p.publisher());
    String status = p.publisher() == null ? "sin publicador / no publisher"
        : a.status() == Attribution.Status.AMBIGUOUS ? "ambiguo / ambiguous" : "desconocido / unknown";
    return new Row(p.sourceId(), p.publisher(), p.datasets(), status, a.closest());
  }
}
