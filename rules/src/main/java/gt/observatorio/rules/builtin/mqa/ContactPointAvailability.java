package gt.observatorio.rules.builtin.mqa;

import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.rules.api.Dimension;
import gt.observatorio.engine.domain.Text;
import gt.observatorio.rules.builtin.FieldPresenceRule;

/** MQA indicator {@code contactPointAvailability} (Reusability, 20 points): a dcat:contactPoint. */
public final class ContactPointAvailability extends FieldPresenceRule {
  public ContactPointAvailability() {
    super("mqa.contactPointAvailability", Dimension.METADATA,
        Text.of("Punto de contacto", "Contact point"),
        Text.of("Un contacto permite preguntar y reportar errores.", "A contact lets people ask questions and report errors."),
        Text.of("Indique un punto de contacto (dcat:contactPoint).", "Give a contact point (dcat:contactPoint)."),
        "contactPoint", Dataset::contactPoint);
  }
}
