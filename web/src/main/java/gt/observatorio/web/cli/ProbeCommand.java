package gt.observatorio.web.cli;

import gt.observatorio.crawler.Crawler;
import gt.observatorio.engine.domain.ProbeResult;
import gt.observatorio.web.Settings;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** Checks URLs politely and prints what each really serves. */
@Command(name = "probe", mixinStandardHelpOptions = true,
    description = {"Comprueba URL y muestra qué sirven realmente.", "Checks URLs and shows what they really serve."})
public final class ProbeCommand implements Callable<Integer> {
  @Mixin CrawlerOptions options;

  @Parameters(arity = "1..*", paramLabel = "URL", description = "URL a comprobar / URLs to check")
  List<String> urls;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Settings settings = options.settings();
    PrintWriter out = spec.commandLine().getOut();
    Map<String, ProbeResult> results;
    try (Crawler crawler = Crawler.create(settings.crawler(), Clock.systemUTC())) {
      results = crawler.prober().probeAll(urls, u -> null);
    }
    boolean allReachable = true;
    for (String url : urls) {
      ProbeResult p = results.get(url);
      allReachable &= p.outcome().reachable();
      if (options.json) {
        out.println(CliJson.line(CliJson.probe(p)));
      } else {
        out.printf("%-22s %4s  %-6s %-30s %s%n", p.outcome().id(), p.httpStatus() == null ? "-" : p.httpStatus(),
            p.format() == null ? "?" : p.format(), HarvestCommand.trim(p.declaredContentType(), 30), url);
      }
    }
    out.flush();
    return allReachable ? ExitCodes.OK : ExitCodes.FAILURE;
  }
}
