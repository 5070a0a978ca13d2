package gt.observatorio.web.cli;

import gt.observatorio.crawler.Crawler;
import gt.observatorio.crawler.http.FetchRequest;
import gt.observatorio.crawler.http.FetchResult;
import gt.observatorio.web.Settings;
import gt.observatorio.web.oc4ids.Oc4idsCheck;
import gt.observatorio.web.oc4ids.Oc4idsFinding;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** Checks one OC4IDS project package (a URL or a file): one finding per line; exit 1 when there is an error. */
@Command(name = "oc4ids", mixinStandardHelpOptions = true,
    description = {"Revisa un paquete de proyectos OC4IDS: campos obligatorios, tipos, listas cerradas, prefijos y "
        + "las revisiones de CoST (y el esquema oficial si está configurado en plan.oc4idsSchemaDir).",
      "Checks an OC4IDS project package: required fields, types, closed codelists, prefixes and CoST's review "
        + "checks (and the official schema when plan.oc4idsSchemaDir is set)."})
public final class Oc4idsCommand implements Callable<Integer> {
  @Mixin CrawlerOptions options;

  @Parameters(index = "0", paramLabel = "URL|FILE", description = "Paquete OC4IDS (URL o archivo) / OC4IDS package (URL or file)")
  String source;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Settings settings = options.settings();
    byte[] body = read(settings);
    if (body == null) {
      return ExitCodes.FAILURE;
    }
    List<Oc4idsFinding> findings = new Oc4idsCheck(settings.plan().schema()).check(body);
    PrintWriter out = spec.commandLine().getOut();
    for (Oc4idsFinding f : findings) {
      if (options.json) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("severity", f.severity().id());
        m.put("code", f.code());
        m.put("path", f.path());
        m.put("message", Map.of("es", f.message().es(), "en", f.message().en()));
        out.println(CliJson.line(m));
      } else {
        out.printf("%-7s %-45s %s / %s%n", f.severity().id(), f.path().isEmpty() ? "/" : f.path(),
            f.message().es(), f.message().en());
      }
    }
    out.flush();
    long errors = findings.stream().filter(Oc4idsFinding::isError).count();
    spec.commandLine().getErr().printf("Errores / errors: %d, advertencias / warnings: %d%s%n", errors,
        findings.size() - errors, settings.plan().oc4idsSchemaDir() == null || settings.plan().oc4idsSchemaDir().isBlank()
            ? " (esquema oficial no configurado / official schema not configured)" : "");
    return errors == 0 ? ExitCodes.OK : ExitCodes.FAILURE;
  }

  /** The document's bytes; null (with the reason on standard error) when a URL could not be fetched. */
  private byte[] read(Settings settings) {
    Path file = Path.of(source);
    if (!source.startsWith("http://") && !source.startsWith("https://")) {
      if (!Files.isRegularFile(file)) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "No existe el archivo / no such file: " + source);
      }
      try {
        return Files.readAllBytes(file);
      } catch (IOException e) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "No se pudo leer / cannot read " + source + ": " + e.getMessage());
      }
    }
    try (Crawler crawler = Crawler.create(settings.crawler(), Clock.systemUTC())) {
      var ctx = crawler.context();
      FetchResult r = ctx.fetcher().fetch(FetchRequest.document(URI.create(source), ctx.config().maxBodyBytes(),
          ctx.config().robots().enabled(), "application/json"));
      if (!r.ok()) {
        spec.commandLine().getErr().println("No se pudo obtener / could not fetch " + source + ": "
            + (r.failure() != null ? r.failure().id() : "HTTP " + r.status()));
        return null;
      }
      return r.body();
    }
  }
}
