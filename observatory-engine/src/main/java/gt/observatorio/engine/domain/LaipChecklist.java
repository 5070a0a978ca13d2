package gt.observatorio.engine.domain;

import java.time.Instant;
import java.util.List;

/**
 * The Article 10 checklist of one portal at one time.
 *
 * @param layout the layout recognised: {@code laip.gt}, {@code wordpress}, {@code listing} or {@code sections}
 * @param issues problems met while reading the portal (the index page unreachable, ...)
 */
public record LaipChecklist(String portalUrl, String layout, Instant checkedAt, List<LaipNumeralCheck> numerals,
    List<HarvestIssue> issues) {

  public LaipChecklist {
    numerals = numerals == null ? List.of() : List.copyOf(numerals);
    issues = issues == null ? List.of() : List.copyOf(issues);
  }

  /** How many numerals have a status. */
  public long count(LaipStatus status) {
    return numerals.stream().filter(n -> n.status() == status).count();
  }

  /** Share of the numerals published and current, 0-100, one decimal. */
  public double compliancePercent() {
    return numerals.isEmpty() ? 0 : Math.round(1000.0 * count(LaipStatus.CURRENT) / numerals.size()) / 10.0;
  }

  /** Share of the numerals published (current or stale), 0-100, one decimal. */
  public double publishedPercent() {
    return numerals.isEmpty() ? 0
        : Math.round(1000.0 * (count(LaipStatus.CURRENT) + count(LaipStatus.STALE)) / numerals.size()) / 10.0;
  }
}
