package gt.observatorio.rules.builtin.mqa;

import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.DatasetSnapshot;
import gt.observatorio.rules.api.Dimension;
import gt.observatorio.engine.domain.Distribution;
import gt.observatorio.engine.domain.Text;
import gt.observatorio.rules.builtin.Paths;

/** MQA indicator {@code mediaTypeAvailability} (Interoperability, 10 points): a media type is declared, on the best distribution. */
public final class MediaTypeAvailability extends DistributionIndicator {
  private static final Paths.Field OBSERVED = Paths.vocabularyField("mediaType");

  public MediaTypeAvailability() {
    super(Check.MEDIA_TYPE, "mediaTypeAvailability", Dimension.FORMAT,
        Text.of("Tipo de medio declarado", "Media type declared"),
        Text.of("El tipo de medio (MIME) permite a los programas tratar el archivo sin adivinar.", "The media (MIME) type lets software handle the file without guessing."),
        Text.of("Declare el tipo de medio IANA (dcat:mediaType), p. ej. text/csv.", "Declare the IANA media type (dcat:mediaType), e.g. text/csv."),
        "mediaType",
        Text.of("La distribución no declara tipo de medio.", "The distribution declares no media type."),
        "dcat:mediaType");
  }

  @Override
  String observed(DatasetSnapshot s, Dataset ds, Distribution d) {
    return OBSERVED.observed(d.mediaType());
  }
}
