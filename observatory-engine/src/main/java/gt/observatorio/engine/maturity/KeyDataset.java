package gt.observatorio.engine.maturity;

import gt.observatorio.engine.domain.Institution;
import gt.observatorio.engine.domain.Text;
import java.util.List;
import java.util.Locale;

/**
 * A dataset an institution is expected to publish: by its type and sector, or because the action plan
 * names it as that institution's duty.
 *
 * @param types institution types it applies to (empty: any)
 * @param sectors institution sectors it applies to (empty: any)
 * @param institutions institution codes it applies to (empty: any); a duty names them
 * @param terms words or phrases; a harvested dataset whose title, keywords or themes contain one matches
 * @param variables what the data should hold, as the source lists it (shown, not checked automatically)
 * @param duty true when the action plan names it as a duty
 * @param source where the expectation comes from, and the plan activity for a duty
 */
public record KeyDataset(String id, Text label, List<String> types, List<String> sectors,
    List<String> institutions, List<String> terms, List<String> variables, boolean duty, String source,
    String citation) {

  public KeyDataset {
    types = types == null ? List.of() : List.copyOf(types);
    sectors = sectors == null ? List.of() : List.copyOf(sectors);
    institutions = institutions == null ? List.of() : List.copyOf(institutions);
    terms = terms == null ? List.of() : List.copyOf(terms);
    variables = variables == null ? List.of() : List.copyOf(variables);
  }

  /** Whether the institution is expected to publish it. */
  public boolean appliesTo(Institution i) {
    return matches(institutions, i.code()) && matches(types, i.type()) && matches(sectors, i.sector());
  }

  private static boolean matches(List<String> allowed, String value) {
    return allowed.isEmpty() || value != null && allowed.stream()
        .anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(value.toLowerCase(Locale.ROOT)));
  }
}
