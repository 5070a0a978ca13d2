package gt.observatorio.rules.builtin.format;

import gt.observatorio.engine.domain.Text;
import gt.observatorio.rules.vocab.FormatInfo;

/** Distributions in a non-proprietary format (MQA's list). */
public final class OpenFormatRule extends FormatListRule {
  public OpenFormatRule() {
    super("format.open",
        Text.of("Formato abierto (no propietario)", "Open (non-proprietary) format"),
        Text.of("Un formato abierto se puede leer con cualquier programa, sin licencias de un fabricante.",
            "An open format can be read with any software, without a vendor's licence."),
        Text.of("Publique también en CSV, JSON, XML, ODS u otro formato abierto; indique el formato de cada distribución.",
            "Also publish in CSV, JSON, XML, ODS or another open format; state each distribution's format."),
        FormatInfo::nonProprietary,
        Text.of("La distribución no está en un formato abierto conocido.",
            "The distribution is not in a known open format."),
        "CSV, JSON, XML, ODS, GeoJSON, RDF, ... (MQA non-proprietary list)");
  }
}
