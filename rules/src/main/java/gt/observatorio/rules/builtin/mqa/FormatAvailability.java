package gt.observatorio.rules.builtin.mqa;

import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.DatasetSnapshot;
import gt.observatorio.rules.api.Dimension;
import gt.observatorio.engine.domain.Distribution;
import gt.observatorio.engine.domain.Text;
import gt.observatorio.rules.builtin.Paths;

/** MQA indicator {@code formatAvailability} (Interoperability, 20 points): a format is declared, on the best distribution. */
public final class FormatAvailability extends DistributionIndicator {
  private static final Paths.Field OBSERVED = Paths.vocabularyField("format");

  public FormatAvailability() {
    super(Check.FORMAT, "formatAvailability", Dimension.FORMAT,
        Text.of("Formato declarado", "Format declared"),
        Text.of("El formato dice con qué programa se abre el archivo.", "The format says which software opens the file."),
        Text.of("Declare el formato (dct:format), idealmente con el vocabulario europeo de tipos de archivo.", "Declare the format (dct:format), ideally with the EU file-type vocabulary."),
        "format",
        Text.of("La distribución no declara formato.", "The distribution declares no format."),
        "dct:format");
  }

  @Override
  String observed(DatasetSnapshot s, Dataset ds, Distribution d) {
    return OBSERVED.observed(d.format());
  }
}
