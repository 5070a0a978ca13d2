package gt.observatorio.rules.builtin.mqa;

import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.Distribution;
import gt.observatorio.engine.domain.Text;

/** MQA indicator {@code dateModifiedAvailability} (Contextuality, 5 points): dct:modified on the dataset or its best distribution. */
public final class DateModifiedAvailability extends DateIndicator {
  public DateModifiedAvailability() {
    super("dateModifiedAvailability", Text.of("Fecha de modificación", "Modification date"),
        Text.of("La fecha de modificación dice si los datos siguen vigentes.", "The modification date tells whether the data is current."),
        Text.of("Declare la fecha de última modificación (dct:modified).", "Declare the last modification date (dct:modified)."),
        "modified", Dataset::modified, Distribution::modified);
  }
}
