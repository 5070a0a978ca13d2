package gt.observatorio.engine.maturity;

import gt.observatorio.engine.domain.Text;

/**
 * One level of the scale, 1 (lowest) to 5.
 *
 * @param id a stable code such as {@code inicial}; people read {@code label}
 */
public record MaturityLevel(int number, String id, Text label, Text description) {}
