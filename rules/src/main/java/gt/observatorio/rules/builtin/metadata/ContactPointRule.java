package gt.observatorio.rules.builtin.metadata;

import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.rules.api.Dimension;
import gt.observatorio.engine.domain.Text;
import gt.observatorio.rules.builtin.FieldPresenceRule;

/** The dataset gives a contact point. */
public final class ContactPointRule extends FieldPresenceRule {
  public ContactPointRule() {
    super("metadata.contact-point", Dimension.METADATA,
        Text.of("Punto de contacto declarado", "Contact point declared"),
        Text.of("Sin un contacto, nadie puede preguntar por errores o dudas sobre los datos.",
            "Without a contact, nobody can report errors or ask about the data."),
        Text.of("Indique un correo o formulario de contacto (dcat:contactPoint; en CKAN, maintainer_email).",
            "Give a contact e-mail or form (dcat:contactPoint; in CKAN, maintainer_email)."),
        "contactPoint", Dataset::contactPoint);
  }
}
