package gt.observatorio.engine.store;

/**
 * The {@code retention} section of the configuration (see {@code engine-defaults.yaml}).
 *
 * @param weeks how long crawl details are kept; 0 keeps them forever
 */
public record RetentionConfig(int weeks) {}
