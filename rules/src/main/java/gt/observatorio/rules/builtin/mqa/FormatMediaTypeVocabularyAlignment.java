package gt.observatorio.rules.builtin.mqa;

import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.DatasetSnapshot;
import gt.observatorio.rules.api.Dimension;
import gt.observatorio.engine.domain.Distribution;
import gt.observatorio.engine.domain.Text;
import gt.observatorio.rules.builtin.Paths;

/** MQA indicator {@code formatMediaTypeVocabularyAlignment} (Interoperability, 10 points): format and media type come from the controlled vocabularies (EU file types, IANA), on the best distribution. */
public final class FormatMediaTypeVocabularyAlignment extends DistributionIndicator {
  public FormatMediaTypeVocabularyAlignment() {
    super(Check.VOCABULARY, "formatMediaTypeVocabularyAlignment", Dimension.FORMAT,
        Text.of("Formato y tipo de medio de vocabularios controlados", "Format and media type from controlled vocabularies"),
        Text.of("Valores de vocabularios comunes se entienden igual en todos los portales.", "Values from shared vocabularies mean the same in every portal."),
        Text.of("Use los códigos del vocabulario europeo de tipos de archivo (p. ej. CSV) y tipos IANA (p. ej. text/csv).", "Use EU file-type codes (e.g. CSV) and IANA media types (e.g. text/csv)."),
        "format",
        Text.of("El formato o el tipo de medio no es de un vocabulario controlado.", "The format or the media type is not from a controlled vocabulary."),
        "EU file-type code/URI; IANA media type");
  }

  @Override
  String observed(DatasetSnapshot s, Dataset ds, Distribution d) {
    return Paths.formatAndMediaType(d.format(), d.mediaType());
  }
}
