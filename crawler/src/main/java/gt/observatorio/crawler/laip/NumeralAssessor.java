package gt.observatorio.crawler.laip;

import gt.observatorio.engine.domain.LaipNumeralCheck;
import gt.observatorio.engine.domain.LaipStatus;
import gt.observatorio.engine.domain.ProbeResult;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Gives each numeral its status from the links found for it and what checking them observed: none
 * found, none reachable (broken), or reachable and current or stale for the update the law asks.
 * A document's month comes from its name, else from its Last-Modified header. Pure.
 */
public final class NumeralAssessor {
  private final LaipConfig config;

  public NumeralAssessor(LaipConfig config) {
    this.config = config;
  }

  /**
   * @param checked what probing (or reading) each URL observed; links without a result are not counted
   */
  public LaipNumeralCheck assess(Art10Numeral n, List<FoundLink> found, Map<String, ProbeResult> checked,
      YearMonth now) {
    List<String> evidence = new ArrayList<>();
    List<String> broken = new ArrayList<>();
    YearMonth latest = null;
    boolean hasContent = found.stream().anyMatch(l -> l.kind() != FoundLink.Kind.PAGE);
    boolean contentReachable = false;
    List<FoundLink> ordered = found.stream().sorted(newestFirst()).toList();
    for (FoundLink l : ordered) {
      ProbeResult p = checked.get(l.url());
      if (p == null) {
        continue;
      }
      if (!p.outcome().reachable()) {
        broken.add(l.url());
        continue;
      }
      evidence.add(l.url());
      contentReachable |= l.kind() != FoundLink.Kind.PAGE;
      YearMonth d = monthOf(l, p, now);
      if (d != null && (latest == null || d.isAfter(latest))) {
        latest = d;
      }
    }
    LaipStatus status = found.isEmpty() ? LaipStatus.NOT_FOUND
        : evidence.isEmpty() || hasContent && !contentReachable ? LaipStatus.BROKEN
        : current(n.update(), latest, now) ? LaipStatus.CURRENT : LaipStatus.STALE;
    return new LaipNumeralCheck(n.number(), n.label(), n.update(), status, evidence, broken,
        latest == null ? null : latest.toString());
  }

  /** Whether the newest month satisfies the update the law asks ({@code on-change}: being published). */
  public boolean current(String update, YearMonth latest, YearMonth now) {
    return switch (update) {
      case "monthly" -> latest != null && ChronoUnit.MONTHS.between(latest, now) <= config.monthlyMaxAgeMonths();
      case "yearly" -> latest != null && now.getYear() - latest.getYear() <= config.yearlyMaxAgeYears();
      default -> true;
    };
  }

  private static YearMonth monthOf(FoundLink l, ProbeResult p, YearMonth now) {
    if (l.nameDate() != null) {
      return l.nameDate();
    }
    if (l.kind() != FoundLink.Kind.DOCUMENT) {
      return null;
    }
    Optional<YearMonth> lm = SpanishDates.fromHttpDate(p.lastModified());
    return lm.filter(m -> !m.isAfter(now)).orElse(null);
  }

  /** Newest name date first, undated last; pages before documents of the same date. */
  public static Comparator<FoundLink> newestFirst() {
    return Comparator.comparing(FoundLink::nameDate, Comparator.nullsLast(Comparator.reverseOrder()))
        .thenComparing(l -> l.kind().ordinal());
  }
}
