package gt.observatorio.rules.builtin.mqa;

import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.rules.api.Dimension;
import gt.observatorio.engine.domain.Text;
import gt.observatorio.rules.builtin.FieldPresenceRule;

/** MQA indicator {@code categoryAvailability} (Findability, 30 points): at least one dcat:theme. */
public final class CategoryAvailability extends FieldPresenceRule {
  public CategoryAvailability() {
    super("mqa.categoryAvailability", Dimension.METADATA,
        Text.of("Categorías (temas)", "Categories (themes)"),
        Text.of("Las categorías permiten navegar el catálogo por materia.", "Categories let people browse the catalog by subject."),
        Text.of("Asigne al menos un tema (dcat:theme), idealmente del vocabulario europeo de temas.", "Assign at least one theme (dcat:theme), ideally from the EU data-theme vocabulary."),
        "themes", Dataset::themes);
  }
}
