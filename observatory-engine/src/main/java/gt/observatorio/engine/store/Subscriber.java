package gt.observatorio.engine.store;

/**
 * Someone who receives digests: an institution's contact from the registry or a person who subscribed and
 * confirmed. Never served by the API.
 *
 * @param institution the institution followed, or null for every institution
 * @param origin {@code registry} or {@code public}
 * @param token the secret of the subscriber's confirmation and unsubscribe links
 */
public record Subscriber(long id, String email, String institution, String origin, String token, boolean confirmed) {}
