package gt.observatorio.web.api;

import gt.observatorio.rules.ruleset.DimensionSpec;
import gt.observatorio.rules.ruleset.RuleSetDefinition;
import gt.observatorio.engine.domain.IsoWeek;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Parsing and validation of request parameters; anything invalid becomes a 400 with a reason. */
final class Params {
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,32}");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N} ._/-]{1,80}");
  private final Set<String> profiles;
  private final String defaultProfile;
  private final Function<String, RuleSetDefinition> ruleSets;

  /** @param ruleSets the active rule set of a profile */
  Params(Set<String> profiles, String defaultProfile, Function<String, RuleSetDefinition> ruleSets) {
    this.profiles = Set.copyOf(profiles);
    this.defaultProfile = defaultProfile;
    this.ruleSets = ruleSets;
  }

  /** The rule set a profile scores with now. */
  RuleSetDefinition ruleSet(String profile) {
    return ruleSets.apply(profile);
  }

  /** The dimensions a profile's active rule set declares, in display order. */
  List<DimensionSpec> dimensions(String profile) {
    return ruleSet(profile).dimensions();
  }

  Set<String> profiles() {
    return profiles;
  }

  String defaultProfile() {
    return defaultProfile;
  }

  String profile(RoutingContext ctx) {
    String p = ctx.request().getParam("profile");
    if (p == null) {
      return defaultProfile;
    }
    if (!profiles.contains(p)) {
      throw ApiException.badRequest("Perfil desconocido '" + clip(p) + "'; perfiles: " + profiles,
          "Unknown profile '" + clip(p) + "'; profiles: " + profiles);
    }
    return p;
  }

  static String code(RoutingContext ctx) {
    String code = ctx.pathParam("code");
    if (code == null || !CODE.matcher(code).matches()) {
      throw ApiException.badRequest("Código de institución inválido.", "Invalid institution code.");
    }
    return code.toUpperCase(Locale.ROOT);
  }

  /** An optional institution code in the query ({@code name}), upper-cased; null when absent. */
  static String codeQuery(RoutingContext ctx, String name) {
    String code = ctx.request().getParam(name);
    if (code == null) {
      return null;
    }
    if (!CODE.matcher(code).matches()) {
      throw ApiException.badRequest("Código de institución inválido.", "Invalid institution code.");
    }
    return code.toUpperCase(Locale.ROOT);
  }

  static long id(RoutingContext ctx) {
    String v = ctx.pathParam("id");
    try {
      long id = Long.parseLong(v);
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // fall through
    }
    throw ApiException.badRequest("Identificador de conjunto de datos inválido.", "Invalid dataset id.");
  }

  static IsoWeek week(String text) {
    try {
      return IsoWeek.parse(text);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("Semana inválida: use el formato AAAA-Www, por ejemplo 2025-W03.",
          "Invalid week: " + clip(e.getMessage()));
    }
  }

  /** The {@code dimension} parameter: one of the profile's dimension ids, or null when absent. */
  String dimension(RoutingContext ctx, String profile) {
    String v = ctx.request().getParam("dimension");
    if (v == null) {
      return null;
    }
    List<String> ids = dimensions(profile).stream().map(DimensionSpec::id).toList();
    if (ids.contains(v)) {
      return v;
    }
    throw ApiException.badRequest("Dimensión desconocida para el perfil " + profile + "; use " + String.join(", ", ids) + ".",
        "Unknown dimension for profile " + profile + "; use " + String.join(", ", ids) + ".");
  }

  /** An optional free-text filter (letters, digits, spaces and . _ / -), at most 80 characters. */
  static String word(RoutingContext ctx, String name) {
    String v = ctx.request().getParam(name);
    if (v == null || v.isEmpty()) {
      return null;
    }
    if (!WORD.matcher(v).matches()) {
      throw ApiException.badRequest("El parámetro " + name + " contiene caracteres no admitidos o es muy largo.",
          "Parameter " + name + " has characters not allowed or is too long.");
    }
    return v;
  }

  static int integer(RoutingContext ctx, String name, int dflt, int min, int max) {
    String v = ctx.request().getParam(name);
    if (v == null) {
      return dflt;
    }
    try {
      int n = Integer.parseInt(v);
      if (n < min || n > max) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("El parámetro " + name + " debe ser un entero entre " + min + " y " + max + ".",
          "Parameter " + name + " must be an integer from " + min + " to " + max + ".");
    }
  }

  static ApiException unknownInstitution(String code) {
    return ApiException.notFound("No hay institución con código " + code + ".", "No institution with code " + code + ".");
  }

  private static String clip(String s) {
    String t = s == null ? "" : s.replaceAll("[^\\p{L}\\p{N} ._:-]", "?");
    return t.length() > 40 ? t.substring(0, 40) + "…" : t;
  }
}
