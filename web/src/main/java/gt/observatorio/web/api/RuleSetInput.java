package gt.observatorio.web.api;

import gt.observatorio.rules.ruleset.RuleSetDefinition;
import gt.observatorio.rules.ruleset.RuleSetException;
import gt.observatorio.web.rulesets.ActiveRuleSets;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** A rule set sent to the admin API: the YAML body (415, 400) and its validation (422 with every problem). */
final class RuleSetInput {
  private static final List<String> YAML_TYPES = List.of("application/yaml", "application/x-yaml", "text/yaml",
      "text/x-yaml", "text/plain");

  private RuleSetInput() {}

  /** The body as UTF-8 text, when its media type is YAML (or plain text). */
  static String yaml(RoutingContext ctx) {
    String type = ctx.request().getHeader("content-type");
    String base = type == null ? "" : type.split(";")[0].strip().toLowerCase(Locale.ROOT);
    if (!YAML_TYPES.contains(base)) {
      throw new ApiException(415, "Envíe YAML (Content-Type: application/yaml).",
          "Send YAML (Content-Type: application/yaml).");
    }
    byte[] bytes = ctx.body().buffer() == null ? new byte[0] : ctx.body().buffer().getBytes();
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw ApiException.badRequest("El cuerpo no es UTF-8 válido.", "The body is not valid UTF-8.");
    }
  }

  /**
   * Reads and validates a rule set exactly as a file is; its profile must be one the observatory scores.
   *
   * @throws ApiException 422 with {@code problems}: file, line, rule and reason of each
   */
  static RuleSetDefinition parse(ActiveRuleSets ruleSets, String yaml) {
    RuleSetDefinition def;
    try {
      def = ruleSets.parse("request", yaml.getBytes(StandardCharsets.UTF_8));
    } catch (RuleSetException e) {
      JsonArray problems = new JsonArray();
      e.problems().forEach(p -> problems.add(new JsonObject().put("file", p.file()).put("line", p.line())
          .put("rule", p.ruleId()).put("reason", p.reason())));
      throw new ApiException(422, "El conjunto de reglas no es válido.", "The rule set is not valid.",
          new JsonObject().put("problems", problems));
    } catch (RuntimeException e) {
      throw new ApiException(422, "El conjunto de reglas no es válido.", "The rule set is not valid.",
          new JsonObject().put("problems", new JsonArray().add(new JsonObject().put("file", "request")
              .put("line", 0).put("rule", null).put("reason", String.valueOf(e.getMessage())))));
    }
    if (!ruleSets.profiles().contains(def.info().profile())) {
      throw new ApiException(422, "Perfil desconocido: " + def.info().profile() + ".",
          "Unknown profile: " + def.info().profile() + ".", new JsonObject().put("problems", new JsonArray().add(
              new JsonObject().put("file", "request").put("line", 0).put("rule", null)
                  .put("reason", "profile must be one of " + ruleSets.profiles()))));
    }
    return def;
  }
}
