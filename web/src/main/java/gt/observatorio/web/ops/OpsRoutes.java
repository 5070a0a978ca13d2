package gt.observatorio.web.ops;

import gt.observatorio.engine.db.Database;
import gt.observatorio.web.api.ApiRoute;
import gt.observatorio.web.api.Reply;
import gt.observatorio.web.api.RouteModule;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Operations endpoints: {@code /metrics} (Prometheus text format), {@code /health/live} (the process
 * answers) and {@code /health/ready} (database reachable, migrations applied, scheduler running).
 */
public final class OpsRoutes implements RouteModule {
  /** State of the scheduler as readiness sees it. */
  public enum SchedulerState { RUNNING, DISABLED, STOPPED }

  private final Vertx vertx;
  private final Telemetry telemetry;
  private final Pool pool;
  private final DataSource dataSource;
  private final Supplier<SchedulerState> scheduler;

  public OpsRoutes(Vertx vertx, Telemetry telemetry, Pool pool, DataSource dataSource,
      Supplier<SchedulerState> scheduler) {
    this.vertx = vertx;
    this.telemetry = telemetry;
    this.pool = pool;
    this.dataSource = dataSource;
    this.scheduler = scheduler;
  }

  @Override
  public List<ApiRoute> routes() {
    return List.of(
        ApiRoute.get("/metrics", "getMetrics", ctx -> Reply.send(ctx, 200, "text/plain; version=0.0.4; charset=utf-8",
            null, Buffer.buffer(telemetry.scrape()))),
        ApiRoute.get("/health/live", "getHealthLive", ctx -> Reply.noStore(ctx, 200, new JsonObject().put("status", "UP"))),
        ApiRoute.get("/health/ready", "getHealthReady", this::ready));
  }

  private void ready(RoutingContext ctx) {
    Future<String> db = pool.query("SELECT 1").execute().map(r -> "UP").recover(e -> Future.succeededFuture("DOWN"));
    // migrations are read only from a database that answers (the JDBC pool would log each dead connection)
    Future<String> migrations = db.compose(up -> !"UP".equals(up) ? Future.succeededFuture("UNKNOWN")
        : vertx.executeBlocking(() -> {
          int pending = Database.flyway(dataSource).info().pending().length;
          return pending == 0 ? "UP" : "DOWN (" + pending + " pending)";
        }, false).recover(e -> Future.succeededFuture("DOWN")));
    SchedulerState s = scheduler.get();
    Future.all(List.of(db, migrations)).onComplete(done -> {
      boolean up = "UP".equals(db.result()) && "UP".equals(migrations.result()) && s != SchedulerState.STOPPED;
      Reply.noStore(ctx, up ? 200 : 503, new JsonObject().put("status", up ? "UP" : "DOWN")
          .put("checks", new JsonObject().put("database", db.result()).put("migrations", migrations.result())
              .put("scheduler", s.name())));
    });
  }
}
