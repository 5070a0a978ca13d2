package gt.observatorio.rules.builtin.format;

import gt.observatorio.engine.domain.DatasetSnapshot;
import gt.observatorio.rules.api.Dimension;
import gt.observatorio.engine.domain.Distribution;
import gt.observatorio.engine.domain.Finding;
import gt.observatorio.engine.domain.Severity;
import gt.observatorio.engine.domain.Text;
import gt.observatorio.rules.builtin.Facts;
import gt.observatorio.rules.builtin.Paths;
import gt.observatorio.rules.vocab.FormatInfo;
import gt.observatorio.rules.builtin.PerDistributionRule;
import java.util.function.Predicate;

/**
 * Share of distributions whose declared format or media type is on a list of formats (MQA's
 * rule: either field may qualify; neither set fails).
 */
abstract class FormatListRule extends PerDistributionRule {
  private static final Paths.Field FORMAT = Paths.field("format");
  private final Predicate<FormatInfo> onList;
  private final Text failure;
  private final String expected;

  FormatListRule(String id, Text title, Text rationale, Text advice, Predicate<FormatInfo> onList,
      Text failure, String expected) {
    super(id, Dimension.FORMAT, title, rationale, advice);
    this.onList = onList;
    this.failure = failure;
    this.expected = expected;
  }

  @Override
  protected Finding check(DatasetSnapshot snapshot, int i, Distribution d) {
    Facts facts = Facts.of(snapshot);
    if (passes(facts.format[i]) || passes(facts.mediaType[i])) {
      return null;
    }
    return finding(Severity.WARNING, failure,
        Paths.formatAndMediaType(d.format(), d.mediaType()), expected, FORMAT.dist(i));
  }

  private boolean passes(FormatInfo f) {
    return f != null && onList.test(f);
  }
}
