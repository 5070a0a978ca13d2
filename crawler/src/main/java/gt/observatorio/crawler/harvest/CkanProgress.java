package gt.observatorio.crawler.harvest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;

/**
 * Watches CKAN {@code package_search} paging for a server that makes no progress: a page that
 * repeats an earlier one, a page with results but no dataset not already read, or a declared count
 * that contradicts itself (negative, not a number, or smaller than what was already read). Each
 * ends paging at once instead of after {@code maxCatalogPages} pages.
 */
final class CkanProgress {
  private final Set<Integer> pages = new HashSet<>();

  /** Null while paging progresses, else why it stops; {@code repeated}: results already read before. */
  String check(JsonNode result, int results, int repeated, int start) {
    JsonNode count = result.path("count");
    boolean known = !count.isMissingNode() && !count.isNull();
    if (known && !count.isIntegralNumber()) {
      return "package_search declared a count that is not a whole number: " + abbreviate(count.toString());
    }
    long declared = count.asLong(0);
    if (declared < 0) {
      return "package_search declared a negative count of datasets: " + declared;
    }
    if (known && results > 0 && start >= declared) {
      return "package_search declared " + declared + " datasets but the page at start " + start + " has "
          + results + " more";
    }
    boolean repeat = !pages.add(result.path("results").hashCode());
    if (results > 0 && repeated == results) {
      return repeat ? "the page at start " + start + " repeats an earlier page"
          : "the page at start " + start + " brought no dataset not already read (" + results + " repeated)";
    }
    return null;
  }

  private static String abbreviate(String s) {
    return s.length() > 80 ? s.substring(0, 80) + "..." : s;
  }
}
