package gt.observatorio.web.maturity;

import gt.observatorio.rules.maturity.MaturityModelLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Loads maturity models with their YAML, so a stored version keeps the file it was computed with. */
public final class MaturityModels {
  private MaturityModels() {}

  /** The model shipped in the rules module. */
  public static MaturityService.LoadedModel builtIn() {
    try (InputStream in = MaturityModels.class.getClassLoader().getResourceAsStream(MaturityModelLoader.BUILT_IN)) {
      return load(MaturityModelLoader.BUILT_IN, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Loads and validates a model file; throws {@code MaturityModelException} naming file, line, key and reason. */
  public static MaturityService.LoadedModel load(String origin, byte[] yaml) {
    return new MaturityService.LoadedModel(new MaturityModelLoader().load(origin, yaml),
        new String(yaml, StandardCharsets.UTF_8));
  }
}
