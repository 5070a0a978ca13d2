package gt.observatorio.web.demo;

import gt.observatorio.crawler.harvest.CkanHarvester;
import gt.observatorio.engine.domain.CrawlRun;
import gt.observatorio.engine.domain.IsoWeek;
import gt.observatorio.engine.domain.RunState;
import gt.observatorio.engine.domain.Source;
import gt.observatorio.engine.store.Blocking;
import gt.observatorio.web.Observatory;
import gt.observatorio.web.Settings;
import gt.observatorio.web.laip.demo.LaipDemo;
import gt.observatorio.web.registry.Registry;
import gt.observatorio.web.registry.RegistryLoader;
import java.io.PrintStream;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The demo, running: simulated portals crawled through the real pipeline for N weeks with an
 * injected clock that ends in the current week, then the API and the page served.
 */
public final class Demo implements AutoCloseable {
  private final Observatory obs;
  private final DemoPortals portals;
  private final int port;

  private Demo(Observatory obs, DemoPortals portals, int port) {
    this.obs = obs;
    this.portals = portals;
    this.port = port;
  }

  /** Starts everything and crawls {@code weeks} simulated weeks; progress goes to {@code out}. */
  public static Demo start(Settings settings, int weeks, PrintStream out) {
    LocalDate firstMonday = LocalDate.now(ZoneOffset.UTC)
        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(weeks - 1L);
    SimulatedClock clock = new SimulatedClock(firstMonday.atTime(3, 0).toInstant(ZoneOffset.UTC));
    AtomicInteger week = new AtomicInteger();
    Observatory obs = Observatory.start(settings, clock, true);
    try {
      DemoPortals portals = new DemoPortals(obs.vertx(), clock, week::get);
      Map<String, String> urls = Blocking.await(portals.start());
      LaipDemo laipDemo = Blocking.await(LaipDemo.start(obs.vertx(), clock, week::get));
      obs.compliance().usePlan(laipDemo.plan());
      Registry registry = registry(urls);
      obs.registration().register(registry);
      out.printf("Portales simulados / Simulated portals: %d (CKAN, loopback)%n", urls.size());
      for (int w = 0; w < weeks; w++) {
        week.set(w);
        List<CrawlRun> runs = obs.crawls().crawlAll(registry.sources());
        laipDemo.checkWeek(obs.compliance());
        out.printf("Semana / Week %s: %d/%d fuentes publicadas / sources published, %d conjuntos / datasets, "
                + "%d sondeos / probes%n", IsoWeek.of(clock.instant()),
            runs.stream().filter(r -> r.state() == RunState.SUCCEEDED || r.state() == RunState.PARTIAL).count(),
            runs.size(), runs.stream().mapToInt(CrawlRun::datasets).sum(),
            runs.stream().mapToInt(CrawlRun::probes).sum());
        if (w < weeks - 1) {
          clock.advance(Duration.ofDays(7));
        }
      }
      MaturityDemo.run(obs, urls, clock);
      out.printf("Madurez institucional calculada / Institutional maturity computed: %s%n",
          gt.observatorio.engine.maturity.Quarter.of(clock.instant()));
      int port = Blocking.await(obs.serve(settings.web()));
      return new Demo(obs, portals, port);
    } catch (RuntimeException e) {
      obs.close();
      throw e;
    }
  }

  public int port() {
    return port;
  }

  public Observatory observatory() {
    return obs;
  }

  private static Registry registry(Map<String, String> urls) {
    List<Source> sources = new ArrayList<>();
    for (String code : DemoPortals.institutionCodes()) {
      sources.add(new Source(code.toLowerCase(Locale.ROOT) + "-demo", code, URI.create(urls.get(code)),
          CkanHarvester.KIND, null));
    }
    return new Registry(RegistryLoader.shipped().institutions().stream()
        .filter(i -> urls.containsKey(i.code())).toList(), sources);
  }

  @Override
  public void close() {
    try {
      Blocking.await(portals.stop());
    } catch (RuntimeException ignored) {
      // the portals die with Vert.x anyway
    }
    obs.close();
  }
}
