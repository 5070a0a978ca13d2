package gt.observatorio.rules.builtin.mqa;

import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.rules.api.Dimension;
import gt.observatorio.engine.domain.Text;
import gt.observatorio.rules.builtin.FieldPresenceRule;

/** MQA indicator {@code accessRightsAvailability} (Reusability, 10 points): dct:accessRights. */
public final class AccessRightsAvailability extends FieldPresenceRule {
  public AccessRightsAvailability() {
    super("mqa.accessRightsAvailability", Dimension.LICENSING,
        Text.of("Derechos de acceso", "Access rights"),
        Text.of("Los derechos de acceso dicen si los datos son públicos o restringidos.", "Access rights say whether the data is public or restricted."),
        Text.of("Declare los derechos de acceso (dct:accessRights), p. ej. PUBLIC.", "Declare the access rights (dct:accessRights), e.g. PUBLIC."),
        "accessRights", Dataset::accessRights);
  }
}
