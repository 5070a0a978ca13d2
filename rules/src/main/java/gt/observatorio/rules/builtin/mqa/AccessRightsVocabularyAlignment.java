package gt.observatorio.rules.builtin.mqa;

import gt.observatorio.engine.domain.DatasetSnapshot;
import gt.observatorio.rules.api.Dimension;
import gt.observatorio.engine.domain.RuleOutcome;
import gt.observatorio.engine.domain.Severity;
import gt.observatorio.engine.domain.Text;
import gt.observatorio.rules.api.BaseRule;
import gt.observatorio.rules.api.RuleParams;
import gt.observatorio.rules.builtin.Paths;
import gt.observatorio.rules.vocab.Vocabularies;

/** MQA indicator {@code accessRightsVocabularyAlignment} (Reusability, 5 points): dct:accessRights from the EU vocabulary. */
public final class AccessRightsVocabularyAlignment extends BaseRule {
  public AccessRightsVocabularyAlignment() {
    super("mqa.accessRightsVocabularyAlignment", Dimension.LICENSING,
        Text.of("Derechos de acceso del vocabulario europeo", "Access rights from the EU vocabulary"),
        Text.of("Un valor del vocabulario común (PUBLIC, RESTRICTED, NON_PUBLIC) se entiende en todos los portales.",
            "A value from the shared vocabulary (PUBLIC, RESTRICTED, NON_PUBLIC) is understood in every portal."),
        Text.of("Use http://publications.europa.eu/resource/authority/access-right/PUBLIC (o RESTRICTED, NON_PUBLIC).",
            "Use http://publications.europa.eu/resource/authority/access-right/PUBLIC (or RESTRICTED, NON_PUBLIC)."));
  }

  @Override
  public RuleOutcome evaluate(DatasetSnapshot snapshot, RuleParams params) {
    String v = snapshot.dataset().accessRights();
    if (Vocabularies.standard().accessRights().aligned(v) != null) {
      return pass(params);
    }
    return fail(params, finding(Severity.WARNING, Text.of("Los derechos de acceso faltan o no son del vocabulario europeo.",
        "The access rights are missing or not from the EU vocabulary."), Paths.observed("accessRights", v),
        "PUBLIC | RESTRICTED | NON_PUBLIC (EU access-right)", Paths.dataset("accessRights")));
  }
}
