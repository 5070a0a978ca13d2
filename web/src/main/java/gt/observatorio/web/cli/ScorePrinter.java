package gt.observatorio.web.cli;

import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.Finding;
import gt.observatorio.engine.domain.RuleOutcome;
import gt.observatorio.engine.domain.ScoreCard;
import gt.observatorio.rules.ruleset.DimensionSpec;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Prints a dataset's score card: JSON lines, or a readable report in Spanish and English. */
final class ScorePrinter {
  private final PrintWriter out;
  private final boolean json;
  private final String profile;
  private final List<DimensionSpec> dims;

  ScorePrinter(PrintWriter out, boolean json, String profile, List<DimensionSpec> dims) {
    this.out = out;
    this.json = json;
    this.profile = profile;
    this.dims = dims;
  }

  void print(Dataset d, ScoreCard card) {
    if (json) {
      out.println(CliJson.line(json(d, card)));
    } else {
      text(d, card);
    }
    out.flush();
  }

  private Map<String, Object> json(Dataset d, ScoreCard card) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", d.identifier());
    m.put("title", d.title());
    m.put("profile", profile);
    m.put("ruleSet", Map.of("id", card.ruleSet().id(), "version", card.ruleSet().version(),
        "hash", card.ruleSet().contentHash()));
    m.put("score", round(card.score()));
    m.put("maxScore", round(card.maxScore()));
    m.put("percent", round(card.percent()));
    m.put("rating", card.rating());
    Map<String, Object> dims = new LinkedHashMap<>();
    for (DimensionSpec dim : this.dims) {
      Double v = card.dimensions().get(dim.id());
      dims.put(dim.id(), v == null ? null : round(v));
    }
    m.put("dimensions", dims);
    m.put("rules", card.rules().stream().map(r -> {
      Map<String, Object> rm = new LinkedHashMap<>();
      rm.put("id", r.ruleId());
      rm.put("dimension", r.dimension());
      rm.put("points", round(r.points()));
      rm.put("maxPoints", round(r.maxPoints()));
      rm.put("measured", r.measured());
      return rm;
    }).toList());
    m.put("findings", card.rules().stream().flatMap(r -> r.findings().stream()).map(ScorePrinter::finding).toList());
    return m;
  }

  static Map<String, Object> finding(Finding f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("rule", f.ruleId());
    m.put("dimension", f.dimension());
    m.put("severity", f.severity().name().toLowerCase(java.util.Locale.ROOT));
    m.put("message", f.message() == null ? null : Map.of("es", f.message().es(), "en", f.message().en()));
    m.put("observed", f.observed());
    m.put("expected", f.expected());
    m.put("evidence", f.evidence());
    m.put("advice", f.advice() == null ? null : Map.of("es", f.advice().es(), "en", f.advice().en()));
    return m;
  }

  private void text(Dataset d, ScoreCard card) {
    out.printf("%n%s  [%s]%n", d.title(), d.identifier());
    out.printf("  Puntaje / Score: %.1f / %.1f (%.0f%%)%s%n", card.score(), card.maxScore(), card.percent(),
        card.rating() == null ? "" : "  " + card.rating());
    StringBuilder dims = new StringBuilder("  ");
    for (DimensionSpec dim : this.dims) {
      Double v = card.dimensions().get(dim.id());
      if (v != null) {
        dims.append(dim.label().es()).append(' ').append(String.format("%.0f", v))
            .append(dim.scale().kind() == gt.observatorio.rules.ruleset.Scale.Kind.PERCENT ? "" : "/" + String.format("%.0f", dim.scale().max()))
            .append("  ");
      }
    }
    out.println(dims.toString().stripTrailing());
    List<RuleOutcome> unmeasured = card.rules().stream().filter(r -> !r.measured()).toList();
    for (RuleOutcome r : card.rules()) {
      for (Finding f : r.findings()) {
        out.printf("  - [%s] %s%n      observado / observed: %s; esperado / expected: %s%n      evidencia / evidence: %s%n"
                + "      cómo mejorar: %s%n      how to improve: %s%n",
            f.ruleId(), f.message() == null ? "" : f.message().es(), f.observed(), f.expected(), f.evidence(),
            f.advice() == null ? "" : f.advice().es(), f.advice() == null ? "" : f.advice().en());
      }
    }
    if (!unmeasured.isEmpty()) {
      out.printf("  No medido / not measured: %s%n",
          String.join(", ", unmeasured.stream().map(RuleOutcome::ruleId).toList()));
    }
  }

  private static double round(double v) {
    return Math.round(v * 100.0) / 100.0;
  }
}
