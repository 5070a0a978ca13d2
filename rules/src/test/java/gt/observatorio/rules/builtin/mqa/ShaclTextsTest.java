package gt.observatorio.rules.builtin.mqa;

import static org.assertj.core.api.Assertions.assertThat;

import gt.observatorio.engine.domain.MessageRef;
import gt.observatorio.engine.domain.Text;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** SHACL messages are keyed templates that render the wording findings had before keys (V160). */
class ShaclTextsTest {
  @Test
  void aNestedNodeIsAValueOfTheTemplate() {
    MessageRef m = ShaclTexts.message(new DcatApShacl.Violation(false, "dct:type",
        "urn:observatorio:dataset:bench-6-84 dct:publisher", "MinCountConstraintComponent", ""));
    assertThat(m.key()).isEqualTo("missing-recommended.node");
    assertThat(m.params()).isEqualTo(Map.of("property", "dct:type",
        "node", "urn:observatorio:dataset:bench-6-84 dct:publisher"));
    assertThat(m.render()).isEqualTo(Text.of(
        "Falta la propiedad dct:type (recomendada) en el nodo urn:observatorio:dataset:bench-6-84 dct:publisher.",
        "Property dct:type (recommended) is missing on node urn:observatorio:dataset:bench-6-84 dct:publisher."));
  }

  @Test
  void distributionsDatasetsAndOtherConstraintsRenderAsBefore() {
    MessageRef dist = ShaclTexts.message(new DcatApShacl.Violation(true, "dct:format",
        "urn:observatorio:dataset:x:dist:2", "MaxCountConstraintComponent", ""));
    assertThat(dist.key()).isEqualTo("too-many.distribution");
    assertThat(dist.render()).isEqualTo(Text.of(
        "La propiedad dct:format tiene más valores de los que DCAT-AP admite en la distribución 2.",
        "Property dct:format has more values than DCAT-AP allows on distribution 2."));
    MessageRef other = ShaclTexts.message(new DcatApShacl.Violation(true, "dct:issued",
        "urn:observatorio:dataset:x", "PatternConstraintComponent", "v"));
    assertThat(other.key()).isEqualTo("constraint.dataset");
    assertThat(other.render()).isEqualTo(Text.of(
        "La propiedad dct:issued en el conjunto de datos no cumple la restricción PatternConstraintComponent.",
        "Property dct:issued on the dataset breaks constraint PatternConstraintComponent."));
  }
}
