package gt.observatorio.crawler.harvest;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the datasets package_search did not give: package_list, then package_show for each (keeping only
 * the packages of {@code organization} when the source is limited to one).
 */
final class CkanListFallback {
  private final JsonReader reader;
  private final URI base;
  private final String organization;

  CkanListFallback(JsonReader reader, URI base, String organization) {
    this.reader = reader;
    this.base = base;
    this.organization = organization;
  }

  void fill(Tally tally) {
    List<gt.observatorio.engine.domain.HarvestIssue> issues = new ArrayList<>();
    JsonNode list = reader.get(base.resolve("api/3/action/package_list"), issues);
    if (list == null || !list.path("result").isArray()) {
      return;
    }
    tally.page();
    for (JsonNode n : list.get("result")) {
      String name = JsonFields.scalar(n);
      if (name == null || tally.seen(name)) {
        continue;
      }
      URI show = base.resolve("api/3/action/package_show?id=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
      JsonNode pkg = reader.get(show, tally.issues());
      if (pkg != null && pkg.path("success").asBoolean(false) && pkg.path("result").isObject()) {
        tally.page();
        if (ofOrganization(pkg.get("result"))) {
          CkanHarvester.emit(pkg.get("result"), base, tally, show.toString());
        }
      } else if (pkg != null) {
        tally.issue(Issues.API_ERROR, show.toString(), "package_show did not succeed");
      }
    }
  }

  private boolean ofOrganization(JsonNode pkg) {
    if (organization == null) {
      return true;
    }
    JsonNode org = pkg.path("organization");
    return organization.equals(org.path("name").asText(null)) || organization.equals(org.path("id").asText(null));
  }
}
