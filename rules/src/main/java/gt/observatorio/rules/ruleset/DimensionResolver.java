package gt.observatorio.rules.ruleset;

import gt.observatorio.engine.domain.Text;
import gt.observatorio.rules.api.Dimension;
import gt.observatorio.rules.ruleset.Draft.DraftDimension;
import gt.observatorio.rules.ruleset.RuleSetException.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves a rule set's dimensions: the base's, then the older {@code scoring.dimensions} weights, then the
 * {@code dimensions:} list; a rule set that declares none (older points rule sets) gets one per dimension its
 * rules use. Checks that every rule counts towards a declared dimension and that scales add up.
 */
final class DimensionResolver {
  private final Draft draft;
  private final List<Problem> problems;
  private final Map<String, DimensionSpec> specs = new LinkedHashMap<>();
  private final Map<String, Double> declaredMax = new LinkedHashMap<>();

  DimensionResolver(Draft draft, List<Problem> problems) {
    this.draft = draft;
    this.problems = problems;
  }

  List<DimensionSpec> resolve(RuleSetDefinition base, ScoringMethod method, List<RuleEntry> entries) {
    if (base != null) {
      base.dimensions().forEach(s -> specs.put(s.id(), s));
    }
    if (draft.legacyWeights() != null) {
      draft.legacyWeights().forEach((id, w) -> {
        DimensionSpec old = specs.get(id);
        Text label = label(id, null, old, "/scoring/dimensions/" + id);
        specs.put(id, new DimensionSpec(id, label, w, old == null ? Scale.PERCENT : old.scale()));
      });
    }
    if (draft.dimensions() != null) {
      draft.dimensions().forEach(d -> declare(d, method));
    }
    if (specs.isEmpty() && method == ScoringMethod.POINTS) {
      for (RuleEntry e : entries) {
        specs.computeIfAbsent(e.dimension(),
            id -> new DimensionSpec(id, label(id, null, null, "/rules"), 0, Scale.PERCENT));
      }
    }
    for (RuleEntry e : entries) {
      if (!specs.containsKey(e.dimension())) {
        problems.add(new Problem(draft.origin(), draft.lines().line("/rules"), e.rule().id(), "the rule counts towards"
            + " dimension '" + e.dimension() + "', which the rule set does not declare; declared: "
            + String.join(", ", specs.keySet())));
      }
    }
    List<DimensionSpec> out = new ArrayList<>();
    for (DimensionSpec s : specs.values()) {
      out.add(s.scale().kind() == Scale.Kind.POINTS ? withPoints(s, entries) : s);
    }
    return out;
  }

  private void declare(DraftDimension d, ScoringMethod method) {
    DimensionSpec old = specs.get(d.id());
    Text label = label(d.id(), d.label(), old, d.pointer());
    Double weight = d.weight() != null ? d.weight() : old != null ? Double.valueOf(old.weight()) : null;
    if (weight == null && method == ScoringMethod.DIMENSIONS) {
      problem(d.pointer(), "dimension '" + d.id() + "' needs a weight");
    }
    Scale.Kind kind = d.scale() != null ? d.scale() : old != null ? old.scale().kind() : Scale.Kind.PERCENT;
    Scale scale = switch (kind) {
      case PERCENT -> Scale.PERCENT;
      case STARS -> Scale.STARS;
      case POINTS -> new Scale(kind, 0);
    };
    if (d.max() != null && kind != Scale.Kind.POINTS && d.max() != scale.max()) {
      problem(d.pointer() + "/scale/max", "a " + kind.id() + " scale has max " + num(scale.max()));
    }
    if (d.max() != null && kind == Scale.Kind.POINTS) {
      declaredMax.put(d.id(), d.max());
    }
    specs.put(d.id(), new DimensionSpec(d.id(), label, weight == null ? 0 : weight, scale));
  }

  /** A points scale reaches the sum of its rules' weights; a max declared in the file must say so. */
  private DimensionSpec withPoints(DimensionSpec s, List<RuleEntry> entries) {
    double sum = entries.stream().filter(e -> e.dimension().equals(s.id())).mapToDouble(RuleEntry::weight).sum();
    Double declared = declaredMax.get(s.id());
    if (declared != null && Math.abs(declared - sum) > 1e-9) {
      int i = draft.dimensions().stream().map(DraftDimension::id).toList().indexOf(s.id());
      problem("/dimensions/" + i + "/scale/max", "dimension '" + s.id() + "' declares max " + num(declared)
          + " but the weights of its rules add up to " + num(sum));
    }
    return new DimensionSpec(s.id(), s.label(), s.weight(), new Scale(Scale.Kind.POINTS, sum));
  }

  private Text label(String id, Text declared, DimensionSpec old, String pointer) {
    if (declared != null) {
      return declared;
    }
    if (old != null) {
      return old.label();
    }
    Dimension builtIn = Dimension.byId(id);
    if (builtIn == null) {
      problem(pointer, "dimension '" + id + "' needs a label (es, en) under dimensions:");
      return new Text(id, id);
    }
    return builtIn.label();
  }

  private void problem(String pointer, String reason) {
    problems.add(new Problem(draft.origin(), draft.lines().line(pointer), null, reason));
  }

  private static String num(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }
}
