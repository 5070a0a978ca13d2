package gt.observatorio.web.oc4ids;

import java.net.URI;
import java.net.URISyntaxException;

/** Small value checks shared by the OC4IDS checks. */
final class Oc4idsValues {
  private Oc4idsValues() {}

  static boolean absoluteUri(String v) {
    try {
      return new URI(v).isAbsolute();
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
