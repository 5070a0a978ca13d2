package gt.observatorio.engine.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A public institution under observation, e.g. {@code MINTRAB}.
 *
 * @param acronym the initials it publishes under (may differ from the code); null when unknown
 * @param website its home page; null when unknown
 * @param aliases other names and acronyms it publishes under (used to attribute datasets of shared catalogs)
 * @param lineage the institution it replaces and since when; null when it replaces none
 */
public record Institution(String code, String name, String type, String sector, String acronym, String website,
    List<String> aliases, Lineage lineage) {
  public Institution {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
  }

  public Institution(String code, String name, String type, String sector) {
    this(code, name, type, sector, null, null, List.of(), null);
  }

  /** The code of the institution this one replaces, or null. */
  public String replaces() {
    return lineage == null ? null : lineage.predecessor();
  }

  /**
   * This institution took over the functions of {@code predecessor} on {@code since}.
   *
   * @param since null when the date is unknown
   */
  public record Lineage(String predecessor, LocalDate since) {
    public Lineage {
      Objects.requireNonNull(predecessor, "predecessor");
    }
  }
}
