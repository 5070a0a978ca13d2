package gt.observatorio.rules.builtin.licensing;

import gt.observatorio.engine.domain.Text;
import gt.observatorio.rules.vocab.LicenceInfo;

/** Declared licences conform to the Open Definition. */
public final class LicenceOpenRule extends LicenceVocabRule {
  public LicenceOpenRule() {
    super("licensing.open",
        Text.of("Licencia abierta (Open Definition)", "Open licence (Open Definition)"),
        Text.of("Solo una licencia abierta permite reutilizar, redistribuir y usar comercialmente los datos.",
            "Only an open licence allows re-use, redistribution and commercial use of the data."),
        Text.of("Elija una licencia conforme a la Open Definition, como CC BY 4.0, CC0 u ODbL; evite cláusulas no comerciales o sin derivadas.",
            "Choose an Open Definition conformant licence such as CC BY 4.0, CC0 or ODbL; avoid non-commercial or no-derivatives clauses."),
        LicenceInfo::open,
        Text.of("La licencia no es abierta según la Open Definition o no se reconoce.",
            "The licence is not open per the Open Definition, or is not recognised."),
        "Open Definition: approved (opendefinition.org/licenses)");
  }
}
