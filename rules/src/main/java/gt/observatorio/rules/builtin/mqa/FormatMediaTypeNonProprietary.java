package gt.observatorio.rules.builtin.mqa;

import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.DatasetSnapshot;
import gt.observatorio.rules.api.Dimension;
import gt.observatorio.engine.domain.Distribution;
import gt.observatorio.engine.domain.Text;
import gt.observatorio.rules.builtin.Paths;

/** MQA indicator {@code formatMediaTypeNonProprietary} (Interoperability, 20 points): format or media type is on the non-proprietary list, on the best distribution. */
public final class FormatMediaTypeNonProprietary extends DistributionIndicator {
  public FormatMediaTypeNonProprietary() {
    super(Check.NON_PROPRIETARY, "formatMediaTypeNonProprietary", Dimension.FORMAT,
        Text.of("Formato no propietario", "Non-proprietary format"),
        Text.of("Un formato no propietario se lee sin depender de un fabricante.", "A non-proprietary format is read without depending on a vendor."),
        Text.of("Ofrezca una distribución en CSV, JSON, XML, ODS u otro formato de la lista no propietaria.", "Offer a distribution in CSV, JSON, XML, ODS or another format on the non-proprietary list."),
        "format",
        Text.of("Ni el formato ni el tipo de medio están en la lista no propietaria.", "Neither format nor media type is on the non-proprietary list."),
        "MQA non-proprietary list");
  }

  @Override
  String observed(DatasetSnapshot s, Dataset ds, Distribution d) {
    return Paths.formatAndMediaType(d.format(), d.mediaType());
  }
}
