package gt.observatorio.web.oc4ids;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gt.observatorio.engine.domain.Text;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Everything the observatory checks in an OC4IDS project package: its own checks from the documentation
 * ({@link Oc4idsValidator}), CoST's review checks ({@link Oc4idsReview}) and, when configured, the official
 * JSON Schema ({@link Oc4idsSchema}). Findings are sorted by path.
 */
public final class Oc4idsCheck {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Oc4idsValidator validator = new Oc4idsValidator(Oc4idsCodelists.load());
  private final Optional<Oc4idsSchema> schema;

  public Oc4idsCheck(Optional<Oc4idsSchema> schema) {
    this.schema = schema;
  }

  /** Checks a document's bytes; bytes that are not a JSON object give one error. */
  public List<Oc4idsFinding> check(byte[] body) {
    JsonNode pkg;
    try {
      pkg = JSON.readTree(body);
    } catch (JsonProcessingException e) {
      return List.of(notJson(e.getOriginalMessage()));
    } catch (IOException e) {
      return List.of(notJson(e.getMessage()));
    }
    if (pkg == null || !pkg.isObject()) {
      return List.of(Oc4idsFinding.error("oc4ids.type", "", Text.of(
          "El paquete de proyectos debe ser un objeto JSON.", "A project package must be a JSON object.")));
    }
    return check(pkg);
  }

  public List<Oc4idsFinding> check(JsonNode pkg) {
    List<Oc4idsFinding> out = new ArrayList<>(validator.validate(pkg));
    out.addAll(Oc4idsReview.review(pkg));
    schema.ifPresent(s -> out.addAll(s.validate(pkg)));
    out.sort(Comparator.comparing(Oc4idsFinding::path).thenComparing(Oc4idsFinding::code));
    return out;
  }

  public boolean schemaConfigured() {
    return schema.isPresent();
  }

  private static Oc4idsFinding notJson(String reason) {
    return Oc4idsFinding.error("oc4ids.not_json", "", Text.of("El documento no es JSON válido: " + reason,
        "The document is not valid JSON: " + reason));
  }
}
