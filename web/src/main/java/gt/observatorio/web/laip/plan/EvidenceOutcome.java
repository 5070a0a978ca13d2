package gt.observatorio.web.laip.plan;

/** What one automatic check of a plan activity's evidence observed. */
public record EvidenceOutcome(boolean passed, String observed, String evidenceUrl) {}
