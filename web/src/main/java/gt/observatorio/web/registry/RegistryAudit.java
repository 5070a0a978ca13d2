package gt.observatorio.web.registry;

import gt.observatorio.engine.domain.Institution;
import gt.observatorio.engine.domain.Source;
import java.util.ArrayList;
import java.util.List;

/**
 * What a registry meant for production still lacks: evidence for every institution and source (where and
 * when each URL was found), an Article 10 ({@code laip}) source for every institution whose website is known,
 * and a note for every institution whose website is not. The shipped registry passes it.
 */
public final class RegistryAudit {
  private RegistryAudit() {}

  /** One line per gap, in Spanish and English; empty when the registry is complete. */
  public static List<String> gaps(Registry r) {
    List<String> out = new ArrayList<>();
    for (Institution i : r.institutions()) {
      if (r.institutionEvidence(i.code()).isEmpty()) {
        out.add(i.code() + ": sin evidencia (dónde y cuándo se encontró) / no evidence (where and when it was found)");
      }
      if (i.replaces() != null && !r.evidence().containsKey("replacement:" + i.code())) {
        out.add(i.code() + ": reemplazo sin evidencia / replacement without evidence");
      }
      boolean laip = r.sourcesOf(i.code()).stream().anyMatch(s -> "laip".equals(s.kind()));
      if (i.website() != null && !laip) {
        out.add(i.code() + ": sitio conocido sin fuente laip (artículo 10) / known website without a laip source");
      }
      if (i.website() == null && !laip && r.institutionEvidence(i.code()).map(e -> e.note() == null).orElse(true)) {
        out.add(i.code() + ": sitio desconocido sin nota / unknown website without a note");
      }
    }
    for (Source s : r.sources()) {
      if (r.sourceEvidence(s.id()).isEmpty()) {
        out.add(s.id() + ": fuente sin evidencia / source without evidence");
      }
    }
    return out;
  }
}
