package gt.observatorio.rules.ruleset;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON Schemas (draft 2020-12) that the project's YAML files are checked against, read once from the class
 * path, with error locations as JSON pointers; and a schema message without the pointer it starts with.
 */
public final class ClasspathSchemas {
  private static final Map<String, JsonSchema> LOADED = new ConcurrentHashMap<>();

  private ClasspathSchemas() {}

  /** The schema at class-path {@code resource}, read at its first use. */
  public static JsonSchema get(String resource) {
    return LOADED.computeIfAbsent(resource, ClasspathSchemas::read);
  }

  /** The message of {@code m} without its leading location ({@code /rules/3: } or {@code $.x: }). */
  public static String withoutLocation(ValidationMessage m) {
    String msg = m.getMessage();
    int colon = msg.indexOf(": ");
    return colon >= 0 && (msg.startsWith("/") || msg.startsWith("$")) ? msg.substring(colon + 2) : msg;
  }

  private static JsonSchema read(String resource) {
    try (InputStream in = ClasspathSchemas.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing schema on the class path: " + resource);
      }
      SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).build();
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
