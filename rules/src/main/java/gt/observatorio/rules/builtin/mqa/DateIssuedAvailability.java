package gt.observatorio.rules.builtin.mqa;

import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.Distribution;
import gt.observatorio.engine.domain.Text;

/** MQA indicator {@code dateIssuedAvailability} (Contextuality, 5 points): dct:issued on the dataset or its best distribution. */
public final class DateIssuedAvailability extends DateIndicator {
  public DateIssuedAvailability() {
    super("dateIssuedAvailability", Text.of("Fecha de publicación", "Issue date"),
        Text.of("La fecha de publicación sitúa los datos en el tiempo.", "The issue date places the data in time."),
        Text.of("Declare la fecha de publicación (dct:issued).", "Declare the issue date (dct:issued)."),
        "issued", Dataset::issued, Distribution::issued);
  }
}
