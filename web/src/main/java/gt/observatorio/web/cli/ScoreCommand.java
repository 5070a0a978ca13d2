package gt.observatorio.web.cli;

import gt.observatorio.crawler.Crawler;
import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.DatasetSnapshot;
import gt.observatorio.engine.domain.Distribution;
import gt.observatorio.engine.domain.HarvestSummary;
import gt.observatorio.engine.domain.ProbeResult;
import gt.observatorio.engine.port.Scorer;
import gt.observatorio.rules.Profiles;
import gt.observatorio.rules.ruleset.RuleSetDefinition;
import gt.observatorio.rules.ruleset.RuleSetScorer;
import gt.observatorio.web.Settings;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Scores a catalog before (or after) it is published: the officer's tool. */
@Command(name = "score", mixinStandardHelpOptions = true,
    description = {"Califica un catálogo y explica cada punto perdido.",
      "Scores a catalog and explains every lost point."})
public final class ScoreCommand implements Callable<Integer> {
  private static final int BATCH = 200;

  @Mixin CrawlerOptions options;

  @Parameters(index = "0", paramLabel = "URL|FILE",
      description = "Catálogo o portal, o archivo local (CKAN JSON, DCAT, data.json) / Catalog or portal, or a local file")
  URI url;

  @Mixin KindOption kind;

  @Option(names = "--profile", description = "Perfil / Profile (observatorio, mqa, 5-estrellas, ...)")
  String profile;

  @Option(names = "--no-probe", description = "No comprobar los enlaces / Do not check the links")
  boolean noProbe;

  @Option(names = "--fail-below", paramLabel = "N",
      description = "Salir con 5 si algún conjunto queda bajo N (0-100) / Exit 5 if a dataset scores below N")
  Double failBelow;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    String k = kind.kind;
    CatalogArgument.requireReadable(url, spec);
    Settings settings = options.settings();
    String p = profile == null ? settings.rules().defaultProfile() : profile;
    RuleSetDefinition definition;
    try {
      definition = Profiles.definition(p, settings.rules().userDirPath());
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    Scorer scorer = new RuleSetScorer(definition);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    AtomicInteger below = new AtomicInteger();
    HarvestSummary summary;
    try (Crawler crawler = Crawler.create(settings.crawler(), Clock.systemUTC())) {
      ScorePrinter printer = new ScorePrinter(out, options.json, p, definition.dimensions());
      List<Dataset> batch = new ArrayList<>();
      Runnable flush = () -> {
        Map<String, ProbeResult> probes = noProbe ? Map.of() : Map.copyOf(crawler.prober().probeAll(urls(batch), u -> null));
        for (Dataset d : batch) {
          var card = scorer.score(new DatasetSnapshot(d, probes, Clock.systemUTC().instant()));
          printer.print(d, card);
          if (failBelow != null && card.percent() < failBelow) {
            below.incrementAndGet();
          }
        }
        batch.clear();
      };
      summary = CatalogArgument.harvest(crawler, k, url, d -> {
        batch.add(d);
        if (batch.size() >= BATCH) {
          flush.run();
        }
      });
      flush.run();
    }
    err.printf("Conjuntos / datasets: %d, errores de lectura / read errors: %d, perfil / profile: %s (%s %s)%n",
        summary.datasets(), summary.issues().size(), p, scorer.ruleSet().version(),
        scorer.ruleSet().contentHash().substring(0, Math.min(12, scorer.ruleSet().contentHash().length())));
    summary.issues().forEach(i -> err.printf("  [%s] %s: %s%n", i.code(), i.url(), i.message()));
    if (summary.failed()) {
      return ExitCodes.FAILURE;
    }
    return below.get() > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  private static Set<String> urls(List<Dataset> datasets) {
    Set<String> urls = new LinkedHashSet<>();
    for (Dataset d : datasets) {
      for (Distribution x : d.distributions()) {
        urls.addAll(x.probeUrls());
      }
    }
    return urls;
  }
}
