package gt.observatorio.rules.methodology;

import gt.observatorio.rules.ruleset.DimensionSpec;
import gt.observatorio.rules.ruleset.Scale;
import gt.observatorio.engine.domain.Text;
import gt.observatorio.rules.Profiles;
import gt.observatorio.rules.api.ParamSpec;
import gt.observatorio.rules.api.Rule;
import gt.observatorio.rules.ruleset.RatingBand;
import gt.observatorio.rules.ruleset.RuleEntry;
import gt.observatorio.rules.ruleset.RuleSetDefinition;
import gt.observatorio.rules.ruleset.ScoringMethod;
import gt.observatorio.rules.vocab.Vocabularies;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The methodology page of a profile, generated from its rule file and its rules' own texts: what
 * is measured, why, with what weight, and how to improve, Spanish first then English. Pure: the
 * same rule set always gives the same text.
 */
public final class Methodology {
  private Methodology() {}

  /** The methodology of a profile as Markdown. */
  public static String markdown(String profile, Optional<Path> userDir) {
    return markdown(Profiles.definition(profile, userDir));
  }

  /** The methodology of a profile as a self-contained HTML page. */
  public static String html(String profile, Optional<Path> userDir) {
    return html(Profiles.definition(profile, userDir));
  }

  public static String markdown(RuleSetDefinition def) {
    return write(def, DocWriter.markdown());
  }

  public static String html(RuleSetDefinition def) {
    return write(def, DocWriter.html(title(def).es() + " / " + title(def).en()));
  }

  private static String write(RuleSetDefinition def, DocWriter w) {
    Text title = title(def);
    w.heading(1, title.es() + " / " + title.en());
    w.table(List.of("Perfil / Profile", "Versión / Version", "Hash del contenido / Content hash"),
        List.of(List.of("`" + def.info().profile() + "` (`" + def.info().id() + "`)", def.info().version(),
            "`" + def.info().contentHash() + "`")));
    if (def.description() != null) {
      w.paragraph(def.description().es()).paragraph(def.description().en());
    }
    if (def.source() != null) {
      w.paragraph("Fuentes / Sources: " + def.source());
    }
    scoring(def, w);
    rules(def, w);
    w.heading(2, "Vocabularios / Vocabularies");
    w.paragraph("Archivos de datos con sus fuentes, en `rules/src/main/resources/vocabularies/`; su SHA-256 "
        + "forma parte del hash del contenido / Data files with their sources; their SHA-256 is part of the content hash: `"
        + Vocabularies.standard().sha256() + "`.");
    w.bullets(Vocabularies.FILES.stream().map(f -> "`" + f + "`").toList());
    return w.finish();
  }

  private static void scoring(RuleSetDefinition def, DocWriter w) {
    w.heading(2, "Cómo se calcula / How the score is computed");
    if (def.method() == ScoringMethod.DIMENSIONS) {
      w.paragraph("Cada dimensión vale de 0 a 100: los puntos de sus reglas sobre los puntos medibles. El puntaje general "
          + "es el promedio de las dimensiones medidas, ponderado así. / Each dimension scores 0-100: its rules' points "
          + "over the measurable points. The overall score is the mean of the measured dimensions, weighted as follows.");
      double total = def.dimensions().stream().mapToDouble(DimensionSpec::weight).sum();
      List<List<String>> rows = new ArrayList<>();
      for (DimensionSpec d : def.dimensions()) {
        rows.add(List.of(label(d), num(d.weight()), pct(d.weight() / total), scale(d.scale())));
      }
      w.table(List.of("Dimensión / Dimension", "Peso / Weight", "Parte / Share", "Escala / Scale"), rows);
    } else {
      w.paragraph("El puntaje es la suma de los puntos de las reglas, sobre " + num(def.fullScale())
          + " / The score is the sum of the rules' points, out of " + num(def.fullScale()) + ".");
      List<List<String>> rows = new ArrayList<>();
      for (DimensionSpec d : def.dimensions()) {
        rows.add(List.of(label(d), scale(d.scale())));
      }
      w.table(List.of("Dimensión / Dimension", "Escala / Scale"), rows);
    }
    w.paragraph("Una regla que no se pudo medir (p. ej. enlaces no comprobados) no suma ni resta: el máximo se reduce. "
        + "/ A rule that could not be measured (e.g. links not checked) counts neither for nor against: the maximum shrinks.");
    if (!def.rating().isEmpty()) {
      List<List<String>> rows = new ArrayList<>();
      List<RatingBand> bands = def.rating();
      for (int i = 0; i < bands.size(); i++) {
        RatingBand b = bands.get(i);
        String upper = i + 1 < bands.size() ? "< " + num(bands.get(i + 1).min()) : "≤ " + num(def.fullScale());
        Text label = b.label() == null ? Text.of(b.id(), b.id()) : b.label();
        rows.add(List.of("`" + b.id() + "`", label.es() + " / " + label.en(), "≥ " + num(b.min()) + ", " + upper));
      }
      w.paragraph("Bandas, sobre el puntaje llevado a la escala completa / Bands, on the score scaled to the full scale:");
      w.table(List.of("Banda / Band", "Nombre / Name", "Puntaje / Score"), rows);
    }
  }

  private static void rules(RuleSetDefinition def, DocWriter w) {
    w.heading(2, "Reglas / Rules");
    Map<String, List<RuleEntry>> groups = new LinkedHashMap<>();
    for (RuleEntry e : def.rules()) {
      String g = e.group() != null ? e.group() : def.dimension(e.dimension()).map(Methodology::label).orElse(e.dimension());
      groups.computeIfAbsent(g, k -> new ArrayList<>()).add(e);
    }
    for (Map.Entry<String, List<RuleEntry>> g : groups.entrySet()) {
      double groupWeight = g.getValue().stream().mapToDouble(RuleEntry::weight).sum();
      w.heading(3, g.getKey() + " (" + num(groupWeight) + ")");
      for (RuleEntry e : g.getValue()) {
        rule(e, groupWeight, w);
      }
    }
  }

  private static void rule(RuleEntry e, double groupWeight, DocWriter w) {
    Rule r = e.rule();
    w.heading(4, r.title().es() + " / " + r.title().en() + " — `" + r.id() + "`");
    w.bullets(List.of(
        "Peso / Weight: " + num(e.weight()) + (groupWeight > 0 ? " (" + pct(e.weight() / groupWeight) + " del grupo / of the group)" : "")
            + "; dimensión / dimension: " + e.dimension(),
        "Por qué / Why: " + r.rationale().es() + " / " + r.rationale().en(),
        "Cómo mejorar / How to improve: " + r.advice().es() + " / " + r.advice().en()));
    if (!r.parameters().isEmpty()) {
      List<List<String>> rows = new ArrayList<>();
      for (ParamSpec p : r.parameters()) {
        rows.add(List.of("`" + p.name() + "`", String.valueOf(e.params().asMap().get(p.name())),
            p.description().es() + " / " + p.description().en()));
      }
      w.table(List.of("Parámetro / Parameter", "Valor / Value", "Descripción / Description"), rows);
    }
  }

  private static String label(DimensionSpec d) {
    return d.label().es() + " / " + d.label().en() + " (`" + d.id() + "`)";
  }

  private static String scale(Scale s) {
    return switch (s.kind()) {
      case PERCENT -> "0-100 %";
      case POINTS -> "0-" + num(s.max()) + " puntos / points";
      case STARS -> "0-5 estrellas / stars";
    };
  }

  private static Text title(RuleSetDefinition def) {
    return def.title() != null ? def.title() : Text.of(def.info().id(), def.info().id());
  }

  private static String num(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.2f", v);
  }

  private static String pct(double share) {
    return String.format(Locale.ROOT, "%.0f %%", 100 * share);
  }
}
