package gt.observatorio.rules.builtin.format;

import gt.observatorio.engine.domain.TableIssue;
import gt.observatorio.engine.domain.Text;
import java.util.Map;

/** Tabular text is UTF-8, and its accents were not garbled by a double conversion (mojibake). */
public final class TableEncodingRule extends TableContentRule {
  public TableEncodingRule() {
    super("format.table-encoding", "encoding.",
        Text.of("La tabla está en UTF-8 sin caracteres dañados", "The table is UTF-8 without garbled characters"),
        Text.of("Un archivo en Latin-1 o con tildes dañadas ('PetÃ©n') muestra nombres equivocados y rompe búsquedas y cruces.",
            "A Latin-1 file or one with garbled accents ('PetÃ©n') shows wrong names and breaks searches and joins."),
        Text.of("Guarde el archivo como UTF-8 (en Excel: 'CSV UTF-8').", "Save the file as UTF-8 (in Excel: 'CSV UTF-8')."),
        Map.of("encoding.mojibake", Text.of(
            "El texto se convirtió dos veces: vuelva a exportar desde el origen en UTF-8 sin abrirlo y guardarlo en otra codificación.",
            "The text was converted twice: export again from the source in UTF-8 without re-saving it in another encoding.")));
  }

  @Override
  protected Text message(TableIssue issue) {
    return issue.code().equals("encoding.mojibake")
        ? Text.of("Hay caracteres dañados por una doble conversión de codificación.", "Characters were garbled by a double encoding conversion.")
        : Text.of("El archivo no está en UTF-8 (parece Latin-1 / windows-1252).", "The file is not UTF-8 (it looks like Latin-1 / windows-1252).");
  }
}
