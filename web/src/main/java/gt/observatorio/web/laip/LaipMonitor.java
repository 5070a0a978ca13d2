package gt.observatorio.web.laip;

import gt.observatorio.crawler.laip.LaipChecker;
import gt.observatorio.crawler.laip.LaipHarvester;
import gt.observatorio.engine.domain.LaipChecklist;
import gt.observatorio.engine.store.LaipRepository;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.net.URI;

/**
 * Checks an institution's Article 10 page and stores the checklist as its check of the month. The
 * walk runs on a worker thread (it blocks on HTTP).
 *
 * <pre>{@code
 * LaipMonitor m = new LaipMonitor(vertx, new LaipChecker(crawler.context(), crawler.prober(), laipConfig),
 *     new LaipRepository(db.pool()));
 * m.checkAndStore("MUNISANJUAN", URI.create("https://sanjuan.laip.gt/"));
 * }</pre>
 */
public final class LaipMonitor {
  private final Vertx vertx;
  private final LaipChecker checker;
  private final LaipRepository repo;

  public LaipMonitor(Vertx vertx, LaipChecker checker, LaipRepository repo) {
    this.vertx = vertx;
    this.checker = checker;
    this.repo = repo;
  }

  /** Checks every {@code laip} source, one after another; other kinds are skipped. */
  public Future<java.util.List<LaipChecklist>> checkSources(java.util.List<gt.observatorio.engine.domain.Source> sources) {
    java.util.List<LaipChecklist> out = new java.util.ArrayList<>();
    Future<Void> chain = Future.succeededFuture();
    for (gt.observatorio.engine.domain.Source s : sources) {
      if (LaipHarvester.KIND.equals(s.kind())) {
        chain = chain.compose(x -> checkAndStore(s.institutionCode(), s.url()).map(l -> {
          out.add(l);
          return null;
        }));
      }
    }
    return chain.map(x -> out);
  }

  public Future<LaipChecklist> checkAndStore(String institutionCode, URI portal) {
    return vertx.executeBlocking(() -> checker.check(portal), false)
        .compose(list -> repo.save(institutionCode, list).map(m -> list));
  }
}
