package gt.observatorio.engine.store;

/** A stored admin-API token (its hash never leaves the store) with its role: {@code admin} or {@code editor}. */
public record ApiToken(long id, String role, String label) {}
