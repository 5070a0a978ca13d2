package gt.observatorio.engine.maturity;

import gt.observatorio.engine.domain.Text;

/** A dimension an institution is judged in, e.g. {@code calidad}. */
public record MaturityDimension(String id, Text label, Text description) {}
