package gt.observatorio.web.api;

import gt.observatorio.engine.store.PublicQueries;
import gt.observatorio.engine.store.ReadModel;
import gt.observatorio.engine.store.RegistryRepository;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** Runs, sources, search and the observatory's status (last crawl, simulated). */
final class CatalogApi {
  private final ReadModel read;
  private final PublicQueries queries;
  private final RegistryRepository registry;
  private final Params params;
  private final boolean simulated;

  CatalogApi(ReadModel read, PublicQueries queries, RegistryRepository registry, Params params, boolean simulated) {
    this.read = read;
    this.queries = queries;
    this.registry = registry;
    this.params = params;
    this.simulated = simulated;
  }

  Future<JsonObject> runs(RoutingContext ctx) {
    int limit = Params.integer(ctx, "limit", 50, 1, 1000);
    return read.runs(limit).map(runs -> {
      JsonArray out = new JsonArray();
      runs.forEach(r -> out.add(new JsonObject().put("id", r.id()).put("source", r.sourceId())
          .put("state", r.state().id()).put("week", r.week() == null ? null : r.week().toString())
          .put("startedAt", r.startedAt() == null ? null : r.startedAt().toString())
          .put("finishedAt", r.finishedAt() == null ? null : r.finishedAt().toString())
          .put("datasets", r.datasets()).put("distributions", r.distributions())
          .put("probes", r.probes()).put("errors", r.errors()).put("message", r.message())));
      return new JsonObject().put("runs", out);
    });
  }

  /** The registered sources and whether each is scheduled now (not cached: the admin API changes it). */
  Future<JsonObject> sources(RoutingContext ctx) {
    String institution = Params.word(ctx, "institution");
    return registry.enabledSources().compose(on -> registry.sources().map(list -> {
      var enabled = on.stream().map(s -> s.id()).collect(java.util.stream.Collectors.toSet());
      JsonArray out = new JsonArray();
      list.stream().filter(s -> institution == null || s.institutionCode().equalsIgnoreCase(institution))
          .forEach(s -> out.add(new JsonObject().put("id", s.id()).put("institution", s.institutionCode())
              .put("url", s.url().toString()).put("kind", s.kind()).put("cron", s.cron())
              .put("enabled", enabled.contains(s.id()))));
      return new JsonObject().put("sources", out);
    }));
  }

  /** Institutions, datasets and publishers whose names contain q, ignoring case and accents, grouped. */
  Future<Body> search(RoutingContext ctx) {
    String q = ctx.request().getParam("q");
    if (q == null || q.isBlank() || q.length() > 80) {
      throw ApiException.badRequest("Indique q con 1 a 80 caracteres (cualquier carácter, también %).",
          "Give q with 1 to 80 characters (any character, % included).");
    }
    int limit = Params.integer(ctx, "limit", 20, 1, 100);
    String profile = params.profile(ctx);
    return queries.search(q.strip(), profile, limit).map(found -> {
      JsonArray institutions = new JsonArray();
      found.institutions().forEach(i -> institutions.add(new JsonObject().put("code", i.code())
          .put("name", i.name()).put("acronym", i.acronym())));
      JsonArray datasets = new JsonArray();
      found.datasets().forEach(d -> datasets.add(new JsonObject().put("id", d.id()).put("title", d.title())
          .put("institution", d.institutionCode())));
      JsonArray publishers = new JsonArray();
      found.publishers().forEach(p -> publishers.add(new JsonObject().put("name", p.name())
          .put("institution", p.institutionCode()).put("datasets", p.datasets())));
      return Body.json(new JsonObject().put("q", q.strip()).put("profile", profile)
          .put("institutions", institutions).put("datasets", datasets).put("publishers", publishers));
    });
  }

  Future<Body> status(RoutingContext ctx) {
    return queries.lastCrawl().map(t -> Body.json(new JsonObject().put("simulated", simulated)
        .put("lastCrawl", t.map(Object::toString).orElse(null))
        .put("profiles", new JsonArray(params.profiles().stream().sorted().toList()))
        .put("defaultProfile", params.defaultProfile())));
  }
}
