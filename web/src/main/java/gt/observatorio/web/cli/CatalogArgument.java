package gt.observatorio.web.cli;

import gt.observatorio.crawler.Crawler;
import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.HarvestSummary;
import java.net.URI;
import java.nio.file.Path;
import java.util.function.Consumer;

/** A catalog named on the command line: a URL read through the crawler, or a file on disk (no scheme, or file:). */
final class CatalogArgument {
  private CatalogArgument() {}

  static boolean isFile(URI arg) {
    return arg.getScheme() == null || "file".equalsIgnoreCase(arg.getScheme());
  }

  static Path path(URI arg) {
    return arg.getScheme() == null ? Path.of(arg.getPath()) : Path.of(arg);
  }

  /** A file argument that does not exist is bad usage (exit 2). */
  static void requireReadable(URI arg, picocli.CommandLine.Model.CommandSpec spec) {
    if (isFile(arg) && !java.nio.file.Files.isRegularFile(path(arg))) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "No existe el archivo / no such file: " + arg + " (una URL necesita http:// o https:// / a URL needs http:// or https://)");
    }
  }

  /** Harvests the catalog: from disk with the crawler's body limit, else over HTTP. */
  static HarvestSummary harvest(Crawler crawler, String kind, URI arg, Consumer<Dataset> sink) {
    if (isFile(arg)) {
      return crawler.harvestFile(kind, path(arg), sink);
    }
    return crawler.harvest(kind, arg, sink);
  }
}
