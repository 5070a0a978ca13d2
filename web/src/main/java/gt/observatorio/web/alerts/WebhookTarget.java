package gt.observatorio.web.alerts;

import gt.observatorio.crawler.http.AddressGuard;
import gt.observatorio.crawler.http.BlockedAddressException;
import gt.observatorio.engine.domain.Text;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a webhook URL may be called: http or https, a host that resolves, and only to addresses the crawler's
 * {@link AddressGuard} permits (no private, loopback, link-local or metadata address unless an operator allowed it).
 * Checked when the webhook is registered and again before every attempt; redirects are never followed.
 */
public record WebhookTarget(AddressGuard guard) {

  /** Why the URL is refused, in both languages; empty when it may be called. */
  public Optional<Text> refusal(String url) {
    URI uri;
    try {
      uri = URI.create(url == null ? "" : url.strip());
    } catch (IllegalArgumentException e) {
      return Optional.of(Text.of("La URL no es válida.", "The URL is not valid."));
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return Optional.of(Text.of("La URL debe ser http o https.", "The URL must be http or https."));
    }
    if (uri.getHost() == null || uri.getUserInfo() != null) {
      return Optional.of(Text.of("La URL debe nombrar un servidor (sin usuario ni contraseña).",
          "The URL must name a host (without user or password)."));
    }
    try {
      guard.resolve(uri.getHost());
      return Optional.empty();
    } catch (BlockedAddressException e) {
      return Optional.of(Text.of("Dirección privada o reservada rechazada: " + e.getMessage(),
          "Private or reserved address refused: " + e.getMessage()));
    } catch (UnknownHostException e) {
      return Optional.of(Text.of("No se encontró el servidor " + uri.getHost() + ".",
          "Host " + uri.getHost() + " was not found."));
    }
  }
}
