package gt.observatorio.rules.builtin.mqa;

import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.DatasetSnapshot;
import gt.observatorio.rules.api.Dimension;
import gt.observatorio.engine.domain.Distribution;
import gt.observatorio.engine.domain.Text;

/** MQA indicator {@code byteSizeAvailability} (Contextuality, 5 points): the byte size is declared, on the best distribution. */
public final class ByteSizeAvailability extends DistributionIndicator {
  public ByteSizeAvailability() {
    super(Check.BYTE_SIZE, "byteSizeAvailability", Dimension.METADATA,
        Text.of("Tamaño declarado", "Byte size declared"),
        Text.of("El tamaño permite saber antes de descargar si el archivo cabe y cuánto tardará.", "The size tells before downloading whether the file fits and how long it takes."),
        Text.of("Declare el tamaño en bytes (dcat:byteSize).", "Declare the size in bytes (dcat:byteSize)."),
        "byteSize",
        Text.of("La distribución no declara su tamaño.", "The distribution does not declare its size."),
        "dcat:byteSize");
  }

  @Override
  String observed(DatasetSnapshot s, Dataset ds, Distribution d) {
    return d.byteSize() == null ? "byteSize=null" : "byteSize=" + d.byteSize();
  }
}
