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
 * Links that could not be checked ({@link Unverifiable}) are neither evidence nor broken: a numeral
 * with no reachable content but such links is {@code not-verifiable}, and its evidence lists them
 * first.
 * A document's month comes from its name, else from its Last-Modified header. Pure.
 */
public final class NumeralAssessor {
  private final LaipConfig config;

  public NumeralAssessor(LaipConfig config) {
    this.config = config;
  }

  /** As {@link #assess(Art10Numeral, List, Map, Map, YearMonth)} with every link checkable. */
  public LaipNumeralCheck assess(Art10Numeral n, List<FoundLink> found, Map<String, ProbeResult> checked,
      YearMonth now) {
    return assess(n, found, checked, Map.of(), now);
  }

  /**
   * @param checked what probing (or reading) each URL observed; links without a result are not counted
   * @param unverifiable the URLs that could not be checked, by reason
   */
  public LaipNumeralCheck assess(Art10Numeral n, List<FoundLink> found, Map<String, ProbeResult> checked,
      Map<String, Unverifiable> unverifiable, YearMonth now) {
    List<String> blocked = new ArrayList<>();
    List<String> evidence = new ArrayList<>();
    List<String> broken = new ArrayList<>();
    YearMonth latest = null;
    boolean hasContent = found.stream().anyMatch(l -> l.kind() != FoundLink.Kind.PAGE);
    boolean contentReachable = false;
    List<FoundLink> ordered = found.stream().sorted(newestFirst()).toList();
    for (FoundLink l : ordered) {
      if (unverifiable.containsKey(l.url())) {
        blocked.add(l.url());
        continue;
      }
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
    boolean unreached = evidence.isEmpty() || hasContent && !contentReachable;
    LaipStatus status = found.isEmpty() ? LaipStatus.NOT_FOUND
        : unreached && !blocked.isEmpty() ? LaipStatus.NOT_VERIFIABLE
        : unreached ? LaipStatus.BROKEN
        : current(n.update(), latest, now) ? LaipStatus.CURRENT : LaipStatus.STALE;
    if (status == LaipStatus.NOT_VERIFIABLE) {
      blocked.addAll(evidence);
      evidence = blocked;
    }
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
