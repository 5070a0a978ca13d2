package gt.observatorio.crawler.laip;

import gt.observatorio.engine.domain.HarvestIssue;
import gt.observatorio.engine.domain.ProbeResult;
import java.util.List;
import java.util.Map;

/**
 * What walking a portal found.
 *
 * @param layout the index page's layout: {@code laip.gt}, {@code wordpress}, {@code listing} or {@code sections}
 * @param fetched the outcome of every page read (the index included), by URL
 * @param scriptPages the pages read that show their content only through JavaScript
 */
public record Discovery(String layout, List<FoundLink> links, Map<String, ProbeResult> fetched,
    List<HarvestIssue> issues, int pages, java.util.Set<String> scriptPages) {

  public Discovery {
    links = List.copyOf(links);
    fetched = Map.copyOf(fetched);
    issues = List.copyOf(issues);
    scriptPages = java.util.Set.copyOf(scriptPages);
  }
}
