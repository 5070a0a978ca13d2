package gt.observatorio.engine.domain;

/**
 * One problem in a table's content.
 *
 * @param code e.g. {@code encoding.latin1}, {@code structure.ragged-rows}, {@code values.mixed-decimal-marks}
 * @param observed what was found, e.g. {@code fila 7: 5 columnas / row 7: 5 columns}
 * @param expected what was expected, e.g. {@code 4 columnas como el encabezado / 4 columns like the header}
 * @param evidence where: row and column, e.g. {@code fila/row 7} or {@code columna/column "monto" (3), fila/row 12}
 */
public record TableIssue(String code, String observed, String expected, String evidence) {}
