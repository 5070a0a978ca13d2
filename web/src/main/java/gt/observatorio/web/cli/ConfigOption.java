package gt.observatorio.web.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The {@code --config FILE} option every command shares. */
final class ConfigOption {
  @Option(names = {"-c", "--config"}, paramLabel = "FILE",
      description = "Archivo YAML de configuración / Configuration YAML file")
  Path file;

  Optional<Path> file() {
    return Optional.ofNullable(file);
  }
}
