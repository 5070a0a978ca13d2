package gt.observatorio.web.api;

import gt.observatorio.engine.alerts.Event;
import gt.observatorio.engine.domain.Institution;
import gt.observatorio.engine.store.EventRepository;
import gt.observatorio.engine.store.RegistryRepository;
import gt.observatorio.web.alerts.AtomFeed;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The Atom feeds of the stored events: national ({@code /api/v1/feed.atom}) and per institution. */
final class FeedApi implements RouteModule {
  static final String ATOM = "application/atom+xml; charset=utf-8";
  private static final int ENTRIES = 200;
  private final EventRepository events;
  private final RegistryRepository registry;

  FeedApi(EventRepository events, RegistryRepository registry) {
    this.events = events;
    this.registry = registry;
  }

  @Override
  public List<ApiRoute> routes() {
    return List.of(
        ApiRoute.get("/api/v1/feed.atom", "getFeedAtom", this::national),
        ApiRoute.get("/api/v1/institutions/{code}/feed.atom", "getInstitutionsCodeFeedAtom", this::institution));
  }

  private void national(RoutingContext ctx) {
    answer(ctx, registry.institutions().compose(all -> events.recent(ENTRIES).map(list ->
        new AtomFeed(ApiRouter.base(ctx)).render("/api/v1/feed.atom",
            "Observatorio de Datos Abiertos: alertas / Open Data Observatory: alerts", list, names(all),
            Instant.now()))));
  }

  private void institution(RoutingContext ctx) {
    String code;
    try {
      code = Params.code(ctx);
    } catch (ApiException e) {
      ctx.fail(e);
      return;
    }
    answer(ctx, registry.institutions().compose(all -> {
      Map<String, String> names = names(all);
      if (!names.containsKey(code)) {
        return Future.failedFuture(Params.unknownInstitution(code));
      }
      return events.recent(code, ENTRIES).map((List<Event> list) -> new AtomFeed(ApiRouter.base(ctx)).render(
          "/api/v1/institutions/" + code + "/feed.atom", "Alertas: " + names.get(code) + " / Alerts: "
              + names.get(code), list, names, Instant.now()));
    }));
  }

  private static Map<String, String> names(List<Institution> all) {
    Map<String, String> out = new HashMap<>();
    all.forEach(i -> out.put(i.code(), i.name()));
    return out;
  }

  private static void answer(RoutingContext ctx, Future<String> xml) {
    xml.onSuccess(s -> Reply.send(ctx, 200, ATOM, Reply.NO_CACHE, Buffer.buffer(s))).onFailure(ctx::fail);
  }
}
