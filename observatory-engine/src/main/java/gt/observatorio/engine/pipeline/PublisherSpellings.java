package gt.observatorio.engine.pipeline;

import gt.observatorio.engine.domain.Attribution;
import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.PublisherMatcher;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * The ways a dataset names its publisher: the mapped publisher (CKAN organization title, DCAT
 * {@code dct:publisher} name, data.json {@code publisher.name}) and, for a CKAN record, its organization's
 * name and id too.
 */
public final class PublisherSpellings {
  private PublisherSpellings() {}

  /** Attributes a dataset by every spelling of its publisher. */
  public static Attribution attribute(PublisherMatcher matcher, Dataset d) {
    return matcher.attribute(d.publisher(), of(d));
  }

  public static List<String> of(Dataset d) {
    List<String> out = new ArrayList<>();
    if (d.publisher() != null && !d.publisher().isBlank()) {
      out.add(d.publisher());
    }
    String raw = d.rawMetadata();
    if (raw != null && raw.startsWith("{")) {
      try {
        JsonObject org = new JsonObject(raw).getJsonObject("organization");
        if (org != null) {
          for (String k : List.of("title", "name", "id")) {
            Object v = org.getValue(k);
            if (v instanceof String s && !s.isBlank() && !out.contains(s)) {
              out.add(s);
            }
          }
        }
      } catch (DecodeException | ClassCastException e) {
        // not a CKAN record: the mapped publisher is all there is
      }
    }
    return out;
  }
}
