package gt.observatorio.crawler;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Predicate;

/** The documents a catalog's site answers, as auto-detection sees them. */
@FunctionalInterface
public interface CatalogSite {
  /**
   * The JSON document at {@code relativePath} (resolved against the catalog's base, may carry a query),
   * or {@code null} when the site gives no readable JSON there.
   */
  JsonNode json(String relativePath);

  /** Whether the site gives JSON at {@code relativePath} and that document passes {@code test}. */
  default boolean answers(String relativePath, Predicate<JsonNode> test) {
    JsonNode doc = json(relativePath);
    return doc != null && test.test(doc);
  }
}
