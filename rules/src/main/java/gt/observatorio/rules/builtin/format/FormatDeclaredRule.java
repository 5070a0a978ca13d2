package gt.observatorio.rules.builtin.format;

import gt.observatorio.engine.domain.Text;
import gt.observatorio.rules.vocab.FormatInfo;

/** Distributions whose format or media type is declared and recognised. */
public final class FormatDeclaredRule extends FormatListRule {
  public FormatDeclaredRule() {
    super("format.declared",
        Text.of("Formato declarado y reconocible", "Format declared and recognisable"),
        Text.of("Sin un formato reconocible, quien descarga no sabe con qué programa abrir el archivo.",
            "Without a recognisable format, users do not know which software opens the file."),
        Text.of("Declare el formato con un nombre estándar (CSV, XLSX, JSON) o su tipo MIME (text/csv).",
            "Declare the format with a standard name (CSV, XLSX, JSON) or its media type (text/csv)."),
        f -> true,
        Text.of("La distribución no declara un formato reconocible.",
            "The distribution declares no recognisable format."),
        "un formato conocido / a known format (formats.csv)");
  }
}
