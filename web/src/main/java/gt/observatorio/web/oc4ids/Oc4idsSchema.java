package gt.observatorio.web.oc4ids;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import gt.observatorio.engine.domain.Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * JSON Schema validation of OC4IDS project packages (draft-04) with networknt's validator. The
 * schema is read from a directory holding {@code project-package-schema.json} and the files it
 * refers to (e.g. {@code project-schema.json}); references to the schema's own base URI resolve
 * to that directory, so validation never goes to the network. The observatory does not bundle the
 * schema: point {@code schemaDir} at a copy of open-contracting/infrastructure {@code schema/project-level/}.
 */
public final class Oc4idsSchema {
  public static final String PACKAGE_SCHEMA = "project-package-schema.json";
  private final JsonSchema schema;

  private Oc4idsSchema(JsonSchema schema) {
    this.schema = schema;
  }

  public static Oc4idsSchema load(Path schemaDir) {
    Path file = schemaDir.resolve(PACKAGE_SCHEMA);
    try (InputStream in = Files.newInputStream(file)) {
      JsonNode root = new ObjectMapper().readTree(in);
      String id = root.path("$id").asText(root.path("id").asText(""));
      String base = id.contains("/") ? id.substring(0, id.lastIndexOf('/') + 1) : "";
      String local = schemaDir.toAbsolutePath().toUri().toString();
      JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
          b -> b.schemaMappers(m -> {
            if (!base.isEmpty()) {
              m.mapPrefix(base, local);
            }
          }));
      return new Oc4idsSchema(factory.getSchema(root));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read OC4IDS schema " + file, e);
    }
  }

  /** Schema violations as findings, in a stable order. */
  public List<Oc4idsFinding> validate(JsonNode pkg) {
    return schema.validate(pkg).stream()
        .sorted(java.util.Comparator.comparing(ValidationMessage::toString))
        .map(m -> Oc4idsFinding.error("oc4ids.schema", m.getInstanceLocation().toString(),
            Text.of("No cumple el esquema OC4IDS: " + m.getMessage(), "Does not follow the OC4IDS schema: "
                + m.getMessage()))).toList();
  }
}
