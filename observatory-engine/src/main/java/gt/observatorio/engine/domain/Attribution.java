package gt.observatorio.engine.domain;

import java.util.List;

/**
 * To whom a dataset of a shared catalog is attributed.
 *
 * @param institutionCode the institution its publisher names; null when ambiguous or unknown
 * @param publisher the publisher as the catalog wrote it (null when the catalog names none)
 * @param closest for an ambiguous or unknown publisher, the institutions whose names come closest
 */
public record Attribution(String institutionCode, String publisher, Status status, List<String> closest) {
  /** Whether the publisher named exactly one institution. */
  public enum Status { MATCHED, AMBIGUOUS, UNKNOWN }

  public Attribution {
    closest = closest == null ? List.of() : List.copyOf(closest);
  }
}
