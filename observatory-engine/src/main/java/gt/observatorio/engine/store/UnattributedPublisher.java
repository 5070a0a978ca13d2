package gt.observatorio.engine.store;

/**
 * A publisher of a shared catalog that names no institution, or more than one, in the source's latest
 * published run: its datasets count for nobody until the registry gets an alias for it.
 */
public record UnattributedPublisher(String sourceId, String publisher, int datasets) {}
