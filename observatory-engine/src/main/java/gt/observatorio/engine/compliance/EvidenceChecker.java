package gt.observatorio.engine.compliance;

/**
 * Port: runs one automatic check of an action plan activity's evidence against the web (a current
 * document, open data, an OC4IDS package) and says what it observed. Blocking.
 */
public interface EvidenceChecker {
  EvidenceOutcome check(ActionPlan.EvidenceCheck check);
}
