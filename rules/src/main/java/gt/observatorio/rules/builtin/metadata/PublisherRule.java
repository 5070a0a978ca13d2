package gt.observatorio.rules.builtin.metadata;

import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.rules.api.Dimension;
import gt.observatorio.engine.domain.Text;
import gt.observatorio.rules.builtin.FieldPresenceRule;

/** The dataset names its publisher. */
public final class PublisherRule extends FieldPresenceRule {
  public PublisherRule() {
    super("metadata.publisher", Dimension.METADATA,
        Text.of("Publicador declarado", "Publisher declared"),
        Text.of("Quien usa los datos necesita saber qué institución responde por ellos.",
            "Users need to know which institution answers for the data."),
        Text.of("Indique la institución publicadora (dct:publisher; en CKAN, la organización).",
            "State the publishing institution (dct:publisher; in CKAN, the organization)."),
        "publisher", Dataset::publisher);
  }
}
