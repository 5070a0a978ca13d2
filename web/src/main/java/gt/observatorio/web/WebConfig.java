package gt.observatorio.web;

/** The {@code web} section of the configuration (see {@code web-defaults.yaml}). */
public record WebConfig(
    String host, int port, String registryFile, String corsOrigin, int cacheSeconds, int cacheMegabytes,
    int shutdownGraceSeconds) {}
