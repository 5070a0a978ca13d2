package gt.observatorio.rules.builtin.licensing;

import gt.observatorio.engine.domain.Text;

/** Declared licences are recognisable: an SPDX id, a known URL or name, an EU licence URI. */
public final class LicenceKnownRule extends LicenceVocabRule {
  public LicenceKnownRule() {
    super("licensing.known",
        Text.of("Licencia reconocible", "Recognisable licence"),
        Text.of("Una licencia con nombre estándar se entiende sin leer un texto legal propio.",
            "A licence with a standard name is understood without reading a custom legal text."),
        Text.of("Use el identificador o la URL de una licencia conocida (por ejemplo CC-BY-4.0 o https://creativecommons.org/licenses/by/4.0/).",
            "Use the id or URL of a known licence (e.g. CC-BY-4.0 or https://creativecommons.org/licenses/by/4.0/)."),
        l -> true,
        Text.of("La licencia declarada no se reconoce.", "The declared licence is not recognised."),
        "SPDX id, licence URL or EU licence URI (licences.csv)");
  }
}
