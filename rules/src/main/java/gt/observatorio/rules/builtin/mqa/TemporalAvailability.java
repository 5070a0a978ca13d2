package gt.observatorio.rules.builtin.mqa;

import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.rules.api.Dimension;
import gt.observatorio.engine.domain.Text;
import gt.observatorio.rules.builtin.FieldPresenceRule;

/** MQA indicator {@code temporalAvailability} (Findability, 20 points): a dct:temporal coverage. */
public final class TemporalAvailability extends FieldPresenceRule {
  public TemporalAvailability() {
    super("mqa.temporalAvailability", Dimension.METADATA,
        Text.of("Cobertura temporal", "Temporal coverage"),
        Text.of("Saber qué periodo cubren los datos evita usarlos fuera de contexto.", "Knowing which period the data covers avoids using it out of context."),
        Text.of("Indique el periodo que cubren los datos (dct:temporal).", "State the period the data covers (dct:temporal)."),
        "temporal", Dataset::temporal);
  }
}
