package gt.observatorio.rules.builtin.mqa;

import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.rules.api.Dimension;
import gt.observatorio.engine.domain.Text;
import gt.observatorio.rules.builtin.FieldPresenceRule;

/** MQA indicator {@code spatialAvailability} (Findability, 20 points): a dct:spatial coverage. */
public final class SpatialAvailability extends FieldPresenceRule {
  public SpatialAvailability() {
    super("mqa.spatialAvailability", Dimension.METADATA,
        Text.of("Cobertura geográfica", "Spatial coverage"),
        Text.of("Saber qué territorio cubren los datos permite buscarlos por lugar.", "Knowing which territory the data covers lets people search by place."),
        Text.of("Indique la cobertura geográfica (dct:spatial), p. ej. el país o el departamento.", "State the spatial coverage (dct:spatial), e.g. the country or department."),
        "spatial", Dataset::spatial);
  }
}
