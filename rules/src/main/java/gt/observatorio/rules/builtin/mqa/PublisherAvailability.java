package gt.observatorio.rules.builtin.mqa;

import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.rules.api.Dimension;
import gt.observatorio.engine.domain.Text;
import gt.observatorio.rules.builtin.FieldPresenceRule;

/** MQA indicator {@code publisherAvailability} (Reusability, 10 points): a dct:publisher. */
public final class PublisherAvailability extends FieldPresenceRule {
  public PublisherAvailability() {
    super("mqa.publisherAvailability", Dimension.METADATA,
        Text.of("Publicador", "Publisher"),
        Text.of("El publicador dice quién responde por los datos.", "The publisher says who answers for the data."),
        Text.of("Indique la institución publicadora (dct:publisher).", "State the publishing institution (dct:publisher)."),
        "publisher", Dataset::publisher);
  }
}
