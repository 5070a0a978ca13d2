package gt.observatorio.rules.builtin.metadata;

import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.rules.api.Dimension;
import gt.observatorio.engine.domain.Text;
import gt.observatorio.rules.builtin.FieldPresenceRule;

/** The dataset is classified in at least one theme. */
public final class ThemesRule extends FieldPresenceRule {
  public ThemesRule() {
    super("metadata.themes", Dimension.METADATA,
        Text.of("Tema o categoría declarada", "Theme or category declared"),
        Text.of("Los temas permiten encontrar el conjunto al navegar el catálogo por materia.",
            "Themes let people find the dataset when browsing the catalog by subject."),
        Text.of("Asigne al menos un tema (dcat:theme; en CKAN, un grupo).",
            "Assign at least one theme (dcat:theme; in CKAN, a group)."),
        "themes", Dataset::themes);
  }
}
