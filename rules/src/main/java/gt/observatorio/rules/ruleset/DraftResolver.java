package gt.observatorio.rules.ruleset;

import gt.observatorio.engine.domain.RuleSetInfo;
import gt.observatorio.engine.domain.Text;
import gt.observatorio.rules.api.Rule;
import gt.observatorio.rules.api.RuleParams;
import gt.observatorio.rules.ruleset.Draft.DraftRule;
import gt.observatorio.rules.ruleset.RuleSetException.Problem;
import gt.observatorio.rules.vocab.Vocabularies;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Applies a draft over its base (if it extends one) and builds the final, hashed definition. */
final class DraftResolver {
  private record Slot(double weight, String group, String dimension, Map<String, Object> params) {}

  private final Map<String, Rule> registry;

  DraftResolver(Map<String, Rule> registry) {
    this.registry = registry;
  }

  RuleSetDefinition resolve(Draft d, RuleSetDefinition base) {
    Map<String, Slot> slots = new LinkedHashMap<>();
    if (base != null) {
      for (RuleEntry e : base.rules()) {
        slots.put(e.rule().id(), new Slot(e.weight(), e.group(), e.dimension(), new HashMap<>(e.params().asMap())));
      }
    }
    List<Problem> problems = new ArrayList<>();
    for (DraftRule r : d.rules()) {
      Slot old = slots.get(r.id());
      if (Boolean.FALSE.equals(r.enabled())) {
        slots.remove(r.id());
        continue;
      }
      if (old == null && r.weight() == null) {
        problems.add(new Problem(d.origin(), r.line(), r.id(), "weight is required for a rule the base does not have"));
        continue;
      }
      Map<String, Object> params = old == null ? new HashMap<>() : new HashMap<>(old.params());
      params.putAll(r.params());
      slots.put(r.id(), new Slot(r.weight() != null ? r.weight() : old.weight(),
          r.group() != null ? r.group() : old == null ? null : old.group(),
          r.dimension() != null ? r.dimension() : old == null ? registry.get(r.id()).dimension().id() : old.dimension(),
          params));
    }
    ScoringMethod method = d.method() != null ? d.method() : base.method();
    List<RuleEntry> entries = new ArrayList<>();
    slots.forEach((id, s) -> {
      Rule rule = registry.get(id);
      entries.add(new RuleEntry(rule, s.weight(), s.group(), s.dimension(), RuleParams.of(rule, s.params(), s.weight())));
    });
    List<DimensionSpec> dims = new DimensionResolver(d, problems).resolve(base, method, entries);
    if (method == ScoringMethod.DIMENSIONS) {
      checkDimensions(d, dims, entries, problems);
    }
    if (entries.stream().mapToDouble(RuleEntry::weight).sum() <= 0) {
      problems.add(new Problem(d.origin(), d.lines().line("/rules"), null, "the rules' weights add up to 0"));
    }
    if (!problems.isEmpty()) {
      throw new RuleSetException(problems);
    }
    List<RatingBand> rating = new ArrayList<>(d.rating() != null ? d.rating()
        : base != null ? base.rating() : List.of());
    rating.sort(Comparator.comparingDouble(RatingBand::min));
    double full = method == ScoringMethod.DIMENSIONS ? 100 : entries.stream().mapToDouble(RuleEntry::weight).sum();
    String hash = Canonical.sha256(Canonical.bytes(d.id(), d.profile(), d.version(), method, dims, rating,
        entries, Vocabularies.standard().sha256()));
    return new RuleSetDefinition(new RuleSetInfo(d.id(), d.profile(), d.version(), hash),
        or(d.title(), base == null ? null : base.title()), or(d.description(), base == null ? null : base.description()),
        or(d.source(), base == null ? null : base.source()), method, dims, rating, entries, full, d.origin());
  }

  private static void checkDimensions(Draft d, List<DimensionSpec> dims, List<RuleEntry> entries,
      List<Problem> problems) {
    double total = 0;
    for (DimensionSpec s : dims) {
      total += s.weight();
      boolean hasRule = entries.stream().anyMatch(r -> r.dimension().equals(s.id()) && r.weight() > 0);
      if (s.weight() > 0 && !hasRule) {
        String ptr = d.legacyWeights() != null && d.legacyWeights().containsKey(s.id())
            ? "/scoring/dimensions/" + s.id() : "/dimensions";
        problems.add(new Problem(d.origin(), d.lines().line(ptr), null, "dimension '" + s.id() + "' has weight "
            + s.weight() + " but no rule with weight in it"));
      }
    }
    if (total <= 0) {
      problems.add(new Problem(d.origin(), d.lines().line("/scoring/dimensions"), null, "the dimension weights add up to 0"));
    }
  }

  private static <T> T or(T a, T b) {
    return a != null ? a : b;
  }
}
