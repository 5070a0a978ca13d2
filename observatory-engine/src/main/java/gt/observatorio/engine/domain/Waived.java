package gt.observatorio.engine.domain;

import java.util.List;

/**
 * How a waiver changed one rule's outcome, so the change is explained: the waiver, the points it restored and the
 * findings it set aside (shown as "impugnado y aceptado / contested and accepted").
 */
public record Waived(Waiver waiver, double restoredPoints, List<Finding> findings) {
  public Waived {
    findings = findings == null ? List.of() : List.copyOf(findings);
  }
}
