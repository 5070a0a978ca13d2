package gt.observatorio.engine.maturity;

/** An institution's level in one dimension and how many of the dimension's criteria it meets. */
public record DimensionResult(String dimension, int level, int met, int total) {}
