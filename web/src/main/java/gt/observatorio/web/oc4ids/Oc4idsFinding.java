package gt.observatorio.web.oc4ids;

import gt.observatorio.engine.domain.Text;

/**
 * One problem in an OC4IDS project package.
 *
 * @param code what kind of problem: {@code oc4ids.required}, {@code oc4ids.type}, {@code oc4ids.codelist},
 *     {@code oc4ids.format}, {@code oc4ids.min_items}, {@code oc4ids.duplicate_id}, {@code oc4ids.ocid_prefix},
 *     {@code oc4ids.not_json}, {@code oc4ids.schema} (the official schema, when configured) or one of CoST's
 *     review checks: {@code oc4ids.empty_value}, {@code oc4ids.amount_without_currency},
 *     {@code oc4ids.organization_reference_missing}, {@code oc4ids.id_prefix}
 * @param severity an error breaks the standard; a warning is a quality problem
 * @param path where, as a JSON pointer such as {@code /projects/0/budget/amount}
 */
public record Oc4idsFinding(String code, Severity severity, String path, Text message) {
  /** How much a finding matters; {@link #id()} is what the command line prints. */
  public enum Severity {
    ERROR, WARNING;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public static Oc4idsFinding error(String code, String path, Text message) {
    return new Oc4idsFinding(code, Severity.ERROR, path, message);
  }

  public static Oc4idsFinding warning(String code, String path, Text message) {
    return new Oc4idsFinding(code, Severity.WARNING, path, message);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }
}
