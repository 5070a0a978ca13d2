package gt.observatorio.engine.compliance;

import gt.observatorio.engine.domain.LaipChecklist;
import java.net.URI;

/**
 * Port: checks one institution's Article 10 ("Información Pública de Oficio") portal and returns its
 * checklist, one status per numeral with evidence. Blocking (it walks the portal over HTTP).
 * The crawler implements it.
 */
public interface PortalChecker {
  LaipChecklist check(URI portal);
}
