package gt.observatorio.engine.compliance;

/** What one automatic check of a plan activity's evidence observed. */
public record EvidenceOutcome(boolean passed, String observed, String evidenceUrl) {}
