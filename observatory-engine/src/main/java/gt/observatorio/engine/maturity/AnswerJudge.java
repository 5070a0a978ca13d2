package gt.observatorio.engine.maturity;

import gt.observatorio.engine.domain.Text;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Decides an answered criterion from the institution's answers: the newest accepted answer counts while
 * it is within the criterion's validity and its evidence URL was not found broken; otherwise the newest
 * answer's state says why it does not.
 */
final class AnswerJudge {
  private AnswerJudge() {}

  static CheckOutcome judge(Criterion c, List<Answer> all, Instant asOf) {
    List<Answer> answers = all.stream().filter(a -> a.criterionId().equals(c.id()))
        .sorted(Comparator.comparing(Answer::submittedAt).thenComparingLong(Answer::id).reversed()).toList();
    Text expected = Text.of("Respuesta aceptada, con evidencia accesible, de menos de " + c.validityMonths() + " meses",
        "An accepted answer with reachable evidence, under " + c.validityMonths() + " months old");
    if (answers.isEmpty()) {
      return new CheckOutcome(CriterionStatus.UNANSWERED, Text.of("Sin respuesta", "No answer"), expected, List.of());
    }
    Optional<Answer> accepted = answers.stream().filter(a -> a.state() == AnswerState.ACCEPTED).findFirst();
    if (accepted.isPresent()) {
      Answer a = accepted.get();
      Instant base = a.reviewedAt() == null ? a.submittedAt() : a.reviewedAt();
      Instant expires = base.atZone(ZoneOffset.UTC).plusMonths(c.validityMonths()).toInstant();
      List<String> ev = a.evidenceUrl() == null ? List.of() : List.of(a.evidenceUrl());
      if (!asOf.isBefore(expires)) {
        return new CheckOutcome(CriterionStatus.EXPIRED, Text.of("Aceptada el " + day(base) + "; venció el "
            + day(expires), "Accepted on " + day(base) + "; expired on " + day(expires)), expected, ev);
      }
      if (Boolean.FALSE.equals(a.evidenceReachable())) {
        return new CheckOutcome(CriterionStatus.NOT_MET, Text.of("Aceptada, pero la evidencia no responde: "
            + a.evidenceObserved(), "Accepted, but the evidence does not answer: " + a.evidenceObserved()),
            expected, ev);
      }
      return new CheckOutcome(CriterionStatus.MET, Text.of("Aceptada el " + day(base) + "; vigente hasta el "
          + day(expires), "Accepted on " + day(base) + "; valid until " + day(expires)), expected, ev);
    }
    Answer newest = answers.get(0);
    List<String> ev = newest.evidenceUrl() == null ? List.of() : List.of(newest.evidenceUrl());
    if (newest.state() == AnswerState.REJECTED) {
      return new CheckOutcome(CriterionStatus.REJECTED, Text.of("Rechazada: " + newest.reason(),
          "Rejected: " + newest.reason()), expected, ev);
    }
    return new CheckOutcome(CriterionStatus.PENDING, Text.of("Enviada el " + day(newest.submittedAt())
        + ", pendiente de revisión", "Submitted on " + day(newest.submittedAt()) + ", awaiting review"), expected, ev);
  }

  private static String day(Instant i) {
    return i.atZone(ZoneOffset.UTC).toLocalDate().toString();
  }
}
