package gt.observatorio.web.registry;

import gt.observatorio.engine.config.ConfigException;
import gt.observatorio.web.registry.RegistryFile.EvidenceEntry;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Field checks of one registry file; each failure names the file, the key and the reason. */
record Fields(String origin) {
  ConfigException error(String key, String reason) {
    return new ConfigException(origin, key, reason);
  }

  void require(String key, String value) {
    if (value == null || value.isBlank()) {
      throw error(key, "is required");
    }
  }

  URI url(String key, String text) {
    try {
      URI uri = new URI(text.trim());
      if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
        throw error(key, "must be an absolute http(s) URL: " + text);
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new ConfigException(origin, key, "not a valid URL: " + e.getMessage(), e);
    }
  }

  /** An ISO date (2024-02-14); null stays null. */
  LocalDate date(String key, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw new ConfigException(origin, key, "must be a date written YYYY-MM-DD: " + text, e);
    }
  }

  /** Evidence needs the day it was read and a note or a page. */
  Optional<Evidence> evidence(String key, EvidenceEntry e) {
    if (e == null) {
      return Optional.empty();
    }
    LocalDate read = date(key + ".read", e.read());
    if (read == null) {
      throw error(key + ".read", "is required: the day the page was read");
    }
    if ((e.page() == null || e.page().isBlank()) && (e.note() == null || e.note().isBlank())) {
      throw error(key, "needs the page that was read or a note saying why the fact is unknown");
    }
    return Optional.of(new Evidence(e.page(), read, e.note()));
  }
}
