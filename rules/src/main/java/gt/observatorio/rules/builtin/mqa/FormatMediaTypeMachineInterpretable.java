package gt.observatorio.rules.builtin.mqa;

import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.DatasetSnapshot;
import gt.observatorio.rules.api.Dimension;
import gt.observatorio.engine.domain.Distribution;
import gt.observatorio.engine.domain.Text;
import gt.observatorio.rules.builtin.Paths;

/** MQA indicator {@code formatMediaTypeMachineInterpretable} (Interoperability, 20 points): format or media type is on the machine-readable list, on the best distribution. */
public final class FormatMediaTypeMachineInterpretable extends DistributionIndicator {
  public FormatMediaTypeMachineInterpretable() {
    super(Check.MACHINE_READABLE, "formatMediaTypeMachineInterpretable", Dimension.FORMAT,
        Text.of("Formato legible por máquina", "Machine-readable format"),
        Text.of("Un formato legible por máquina se procesa sin transcribir.", "A machine-readable format is processed without retyping."),
        Text.of("Ofrezca los datos en CSV, JSON, XML u otro formato de la lista legible por máquina.", "Offer the data as CSV, JSON, XML or another format on the machine-readable list."),
        "format",
        Text.of("Ni el formato ni el tipo de medio están en la lista legible por máquina.", "Neither format nor media type is on the machine-readable list."),
        "MQA machine-readable list");
  }

  @Override
  String observed(DatasetSnapshot s, Dataset ds, Distribution d) {
    return Paths.formatAndMediaType(d.format(), d.mediaType());
  }
}
