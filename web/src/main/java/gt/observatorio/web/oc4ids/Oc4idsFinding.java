package gt.observatorio.web.oc4ids;

import gt.observatorio.engine.domain.Text;

/**
 * One problem in an OC4IDS project package.
 *
 * @param code {@code oc4ids.schema}, {@code oc4ids.empty_value}, {@code oc4ids.amount_without_currency},
 *     {@code oc4ids.organization_reference_missing} or {@code oc4ids.id_prefix}
 * @param path where, as a JSON pointer such as {@code /projects/0/budget/amount}
 */
public record Oc4idsFinding(String code, String path, Text message) {}
