package gt.observatorio.rules.builtin.licensing;

import gt.observatorio.rules.vocab.LicenceInfo;
import gt.observatorio.rules.vocab.Licences;

/** Whether a licence value declares a licence. */
final class DeclaredLicences {
  private DeclaredLicences() {}

  /** Non-blank and not a value that says "not specified" (CKAN's {@code notspecified}). */
  static boolean declares(String value, Licences licences) {
    if (value == null || value.isBlank()) {
      return false;
    }
    LicenceInfo l = licences.resolve(value);
    return l == null || l.declared();
  }
}
