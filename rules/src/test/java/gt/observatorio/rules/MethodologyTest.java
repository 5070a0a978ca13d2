package gt.observatorio.rules;

import static org.assertj.core.api.Assertions.assertThat;

import gt.observatorio.rules.methodology.Methodology;
import gt.observatorio.rules.ruleset.RuleEntry;
import gt.observatorio.rules.ruleset.RuleSetDefinition;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MethodologyTest {
  static java.util.List<String> profiles() {
    return Profiles.available();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("profiles")
  void theMarkdownNamesEveryRuleWithItsWeightWhyAndHowToImprove(String profile) {
    RuleSetDefinition def = Profiles.definition(profile, Optional.empty());
    String md = Methodology.markdown(def);
    assertThat(md).startsWith("# ").contains(def.info().contentHash()).contains(def.info().version());
    for (RuleEntry e : def.rules()) {
      assertThat(md).contains("`" + e.rule().id() + "`").contains(e.rule().rationale().es())
          .contains(e.rule().advice().en());
    }
    assertThat(md).isEqualTo(Methodology.markdown(def));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("profiles")
  void theHtmlIsAPageWithEscapedText(String profile) {
    String html = Methodology.html(profile, Optional.empty());
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<h1>").endsWith("</html>\n");
    assertThat(html).doesNotContain("`").contains("<code>");
    assertThat(html).contains("≥ ").doesNotContain("< 40 <");
  }
}
