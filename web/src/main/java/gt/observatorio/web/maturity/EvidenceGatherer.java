package gt.observatorio.web.maturity;

import gt.observatorio.engine.domain.Institution;
import gt.observatorio.engine.domain.InstitutionWeek;
import gt.observatorio.engine.domain.IsoWeek;
import gt.observatorio.engine.domain.LaipChecklist;
import gt.observatorio.engine.maturity.Answer;
import gt.observatorio.engine.maturity.AnswerState;
import gt.observatorio.engine.maturity.InstitutionEvidence;
import gt.observatorio.engine.maturity.InstitutionEvidence.HarvestedDataset;
import gt.observatorio.engine.maturity.InstitutionEvidence.PlanActivity;
import gt.observatorio.engine.maturity.InstitutionEvidence.Quality;
import gt.observatorio.engine.store.LaipRepository;
import gt.observatorio.engine.store.MaturityRepository;
import gt.observatorio.engine.store.PlanRepository;
import gt.observatorio.engine.store.ReadModel;
import gt.observatorio.engine.compliance.ActionPlan;
import gt.observatorio.web.plan.PlanProgress;
import io.vertx.core.Future;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Gathers each institution's maturity evidence from what the observatory stored, as of a moment: the weekly
 * quality aggregates up to then (and a quarter earlier), the latest Article 10 checklist up to then, the plan
 * activities it is responsible for, its sources' latest crawls, its published datasets, editors' key-dataset
 * decisions and the answers submitted by then (a review after the moment is not yet known).
 */
public final class EvidenceGatherer {
  private static final int QUARTER_WEEKS = 13;
  private final ReadModel read;
  private final MaturityRepository repo;
  private final LaipRepository laip;
  private final PlanRepository planRepo;
  private final Supplier<ActionPlan> plan;
  private final String profile;

  /** @param plan the action plan tracked (the demo swaps in its own after start) */
  public EvidenceGatherer(ReadModel read, MaturityRepository repo, LaipRepository laip, PlanRepository planRepo,
      Supplier<ActionPlan> plan, String profile) {
    this.read = read;
    this.repo = repo;
    this.laip = laip;
    this.planRepo = planRepo;
    this.plan = plan;
    this.profile = profile;
  }

  public Future<List<InstitutionEvidence>> gather(Instant asOf) {
    YearMonth month = YearMonth.from(asOf.atZone(ZoneOffset.UTC));
    return Future.all(List.of(read.institutions(), repo.catalogs(), repo.decisions(), repo.answers(),
        planRepo.latestStatuses(), planRepo.checks(), laip.months())).compose(all -> {
          List<Institution> institutions = all.resultAt(0);
          Map<String, List<InstitutionEvidence.Catalog>> catalogs = all.resultAt(1);
          Map<String, List<InstitutionEvidence.KeyDatasetDecision>> decisions = all.resultAt(2);
          List<Answer> answers = all.<List<Answer>>resultAt(3).stream().map(a -> asOf(a, asOf))
              .filter(a -> a != null).toList();
          List<PlanProgress.ActivityState> states = PlanProgress.states(plan.get(), all.resultAt(4), all.resultAt(5), month);
          Optional<YearMonth> laipMonth = all.<List<YearMonth>>resultAt(6).stream().filter(m -> !m.isAfter(month))
              .max(YearMonth::compareTo);
          List<Future<InstitutionEvidence>> each = new ArrayList<>();
          for (Institution i : institutions) {
            Future<Optional<LaipChecklist>> checklist = laipMonth.isPresent() ? laip.checklist(i.code(), laipMonth.get())
                : Future.succeededFuture(Optional.empty());
            each.add(Future.all(read.history(i.code(), profile), read.latestDatasets(i.code(), profile), checklist)
                .map(f -> new InstitutionEvidence(i, asOf, quality(f.resultAt(0), IsoWeek.of(asOf)),
                    catalogs.getOrDefault(i.code(), List.of()), f.<Optional<LaipChecklist>>resultAt(2).orElse(null),
                    states.stream().anyMatch(s -> s.activity().responsible().contains(i.code())),
                    activities(states, i.code()), f.<List<gt.observatorio.engine.store.DatasetView>>resultAt(1).stream()
                        .map(d -> new HarvestedDataset(String.valueOf(d.datasetId()), d.dataset().title(),
                            d.dataset().keywords(), d.dataset().themes(), "/api/v1/datasets/" + d.datasetId()))
                        .toList(),
                    decisions.getOrDefault(i.code(), List.of()),
                    answers.stream().filter(a -> a.institution().equals(i.code())).toList())));
          }
          return Future.all(each).map(f -> f.<InstitutionEvidence>list());
        });
  }

  static Quality quality(List<InstitutionWeek> history, IsoWeek upTo) {
    List<InstitutionWeek> known = history.stream().filter(w -> w.week().compareTo(upTo) <= 0)
        .sorted((a, b) -> a.week().compareTo(b.week())).toList();
    if (known.isEmpty()) {
      return Quality.NONE;
    }
    InstitutionWeek last = known.get(known.size() - 1);
    IsoWeek target = last.week().plusWeeks(-QUARTER_WEEKS);
    InstitutionWeek before = known.stream().filter(w -> w.week().compareTo(target) <= 0)
        .reduce((a, b) -> b).orElse(known.size() > 1 ? known.get(0) : null);
    return new Quality(last.overall(), before == null ? null : before.overall(), last.dimensions().get("freshness"),
        last.datasets(), last.week().toString(), before == null ? null : before.week().toString());
  }

  private static List<PlanActivity> activities(List<PlanProgress.ActivityState> states, String code) {
    return states.stream().filter(s -> s.activity().responsible().contains(code)).map(s -> new PlanActivity(
        s.activity().id(), s.activity().title(), s.manual() == null ? null : s.manual().status(),
        !s.latestChecks().isEmpty() && s.latestChecks().stream().allMatch(c -> c.passed()),
        s.manual() != null && s.manual().evidenceUrl() != null ? s.manual().evidenceUrl()
            : s.latestChecks().stream().map(c -> c.evidenceUrl()).filter(u -> u != null).findFirst().orElse(null)))
        .toList();
  }

  /** The answer as it stood at {@code asOf}: null if not yet submitted, still pending if reviewed later. */
  private static Answer asOf(Answer a, Instant asOf) {
    if (a.submittedAt().isAfter(asOf)) {
      return null;
    }
    if (a.reviewedAt() != null && a.reviewedAt().isAfter(asOf)) {
      return new Answer(a.id(), a.institution(), a.criterionId(), AnswerState.SUBMITTED, a.evidenceUrl(), a.note(),
          a.submittedAt(), a.submittedBy(), null, null, null, a.evidenceReachable(), a.evidenceObserved());
    }
    return a;
  }
}
