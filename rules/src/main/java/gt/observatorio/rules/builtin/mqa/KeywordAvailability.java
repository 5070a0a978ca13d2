package gt.observatorio.rules.builtin.mqa;

import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.rules.api.Dimension;
import gt.observatorio.engine.domain.Text;
import gt.observatorio.rules.builtin.FieldPresenceRule;

/** MQA indicator {@code keywordAvailability} (Findability, 30 points): at least one dcat:keyword. */
public final class KeywordAvailability extends FieldPresenceRule {
  public KeywordAvailability() {
    super("mqa.keywordAvailability", Dimension.METADATA,
        Text.of("Palabras clave", "Keywords"),
        Text.of("Las palabras clave ayudan a encontrar el conjunto.", "Keywords help people find the dataset."),
        Text.of("Agregue al menos una palabra clave (dcat:keyword).", "Add at least one keyword (dcat:keyword)."),
        "keywords", Dataset::keywords);
  }
}
