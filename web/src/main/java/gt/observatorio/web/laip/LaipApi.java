package gt.observatorio.web.laip;

import gt.observatorio.crawler.laip.Art10Numeral;
import gt.observatorio.crawler.laip.Art10Numerals;
import gt.observatorio.engine.domain.LaipChecklist;
import gt.observatorio.engine.domain.LaipRankingRow;
import gt.observatorio.engine.store.LaipRepository;
import gt.observatorio.web.api.ApiException;
import gt.observatorio.web.api.ApiRoute;
import gt.observatorio.web.api.Reply;
import gt.observatorio.web.api.RouteModule;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Article 10 routes under {@code /api/v1/laip}: the numerals, the months checked, the monthly
 * ranking (with the change since the previous month and every registered institution not checked), an
 * institution's checklist, history and month-by-month matrix of numerals, and its report as CSV or printable HTML.
 */
public final class LaipApi implements RouteModule {
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,32}");
  private final LaipRepository repo;
  private final boolean simulated;

  public LaipApi(LaipRepository repo, boolean simulated) {
    this.repo = repo;
    this.simulated = simulated;
  }

  @Override
  public List<ApiRoute> routes() {
    String base = "/api/v1/laip";
    return List.of(
        ApiRoute.get(base + "/numerals", "getLaipNumerals", Reply.noCache(ctx -> Future.succeededFuture(numerals()))),
        ApiRoute.get(base + "/months", "getLaipMonths", Reply.noCache(ctx -> repo.months().map(ms -> new JsonObject()
            .put("months", new JsonArray(ms.stream().map(YearMonth::toString).toList()))))),
        ApiRoute.get(base + "/ranking", "getLaipRanking", Reply.noCache(this::ranking)),
        ApiRoute.get(base + "/institutions/{code}", "getLaipInstitutionsCode", Reply.noCache(ctx -> checklist(ctx)
            .map(c -> LaipViews.checklist(code(ctx), c.month, c.list).put("simulated", simulated)))),
        ApiRoute.get(base + "/institutions/{code}/matrix", "getLaipInstitutionsCodeMatrix", Reply.noCache(this::matrix)),
        ApiRoute.get(base + "/institutions/{code}/history", "getLaipInstitutionsCodeHistory",
            Reply.noCache(ctx -> repo.history(code(ctx)).map(h -> new JsonObject().put("institution", code(ctx))
                .put("history", new JsonArray(h.stream().map(e -> new JsonObject().put("month", e.getKey().toString())
                    .put("compliancePercent", e.getValue())).toList()))))),
        ApiRoute.get(base + "/institutions/{code}/report.csv", "getLaipInstitutionsCodeReportCsv", ctx -> checklist(ctx)
            .onSuccess(c -> {
              ctx.response().putHeader("content-disposition",
                  "attachment; filename=\"laip-" + code(ctx) + "-" + c.month + ".csv\"");
              Reply.send(ctx, 200, "text/csv; charset=utf-8", null,
                  Buffer.buffer("\uFEFF" + marked(LaipReport.csv(code(ctx), c.month, c.list))));
            }).onFailure(ctx::fail)),
        ApiRoute.get(base + "/institutions/{code}/report.html", "getLaipInstitutionsCodeReportHtml",
            ctx -> checklist(ctx).compose(c -> repo.ranking(c.month).map(rows -> rows.stream()
                .filter(r -> r.institutionCode().equals(code(ctx))).map(r -> r.institutionName()).findFirst()
                .orElse(null)).map(name -> LaipReport.html(code(ctx), name, c.month, c.list, simulated)))
                .onSuccess(html -> Reply.send(ctx, 200, "text/html; charset=utf-8", null, Buffer.buffer(html)))
                .onFailure(ctx::fail)));
  }

  private record Found(YearMonth month, LaipChecklist list) {}

  private String marked(String csv) {
    return simulated ? gt.observatorio.web.api.SimulatedMark.csv(csv) : csv;
  }

  private Future<Found> checklist(RoutingContext ctx) {
    return validCode(ctx).compose(code -> month(ctx).compose(m -> m.isEmpty() ? Future.failedFuture(notChecked(code))
        : repo.checklist(code, m.get()).compose(c -> c.isEmpty() ? Future.failedFuture(notChecked(code))
            : Future.succeededFuture(new Found(m.get(), c.get())))));
  }

  /**
   * The institutions checked in the month, each with its change since the previous month checked, then every other
   * registered institution as not checked (never dropped).
   */
  private Future<JsonObject> ranking(RoutingContext ctx) {
    return month(ctx).compose(m -> m.isEmpty()
        ? Future.succeededFuture(new JsonObject().put("month", (String) null).put("institutions", new JsonArray())
            .put("notChecked", new JsonArray()))
        : repo.months().compose(ms -> {
          Optional<YearMonth> prev = ms.stream().filter(x -> x.isBefore(m.get())).reduce((a, b) -> b);
          Future<Map<String, Double>> before = prev.isEmpty() ? Future.succeededFuture(Map.of())
              : repo.ranking(prev.get()).map(rows -> rows.stream().collect(
                  java.util.stream.Collectors.toMap(LaipRankingRow::institutionCode, LaipRankingRow::compliancePercent)));
          return Future.all(repo.ranking(m.get()), before, repo.unchecked(m.get())).map(all -> {
            List<LaipRankingRow> rows = all.resultAt(0);
            Map<String, Double> was = all.resultAt(1);
            List<Map.Entry<String, String>> missing = all.resultAt(2);
            return new JsonObject().put("month", m.get().toString()).put("simulated", simulated)
                .put("previousMonth", prev.map(YearMonth::toString).orElse(null))
                .put("institutions", new JsonArray(rows.stream().map(r -> LaipViews.rankingRow(r)
                    .put("change", was.containsKey(r.institutionCode())
                        ? Math.round((r.compliancePercent() - was.get(r.institutionCode())) * 10.0) / 10.0 : null))
                    .toList()))
                .put("notChecked", new JsonArray(missing.stream().map(e -> new JsonObject()
                    .put("institution", e.getKey()).put("name", e.getValue())).toList()));
          });
        }));
  }

  /** Every numeral's status month by month for one institution (the rows of the matrix are the 29 numerals). */
  private Future<JsonObject> matrix(RoutingContext ctx) {
    return validCode(ctx).compose(code -> repo.matrix(code).map(cells -> {
      java.util.TreeSet<String> months = new java.util.TreeSet<>();
      Map<Integer, JsonObject> by = new java.util.TreeMap<>();
      for (Art10Numeral n : Art10Numerals.all()) {
        by.put(n.number(), new JsonObject().put("numeral", n.number()).put("label", n.label())
            .put("statuses", new JsonObject()));
      }
      for (LaipRepository.NumeralMonth c : cells) {
        months.add(c.month().toString());
        by.computeIfAbsent(c.numeral(), k -> new JsonObject().put("numeral", k).put("statuses", new JsonObject()))
            .getJsonObject("statuses").put(c.month().toString(), c.status());
      }
      return new JsonObject().put("institution", code).put("months", new JsonArray(List.copyOf(months)))
          .put("numerals", new JsonArray(List.copyOf(by.values()))).put("simulated", simulated);
    }));
  }

  /** The month asked ({@code ?month=YYYY-MM}) or the latest checked. */
  private Future<Optional<YearMonth>> month(RoutingContext ctx) {
    String p = ctx.request().getParam("month");
    if (p == null) {
      return repo.months().map(ms -> ms.isEmpty() ? Optional.empty() : Optional.of(ms.get(ms.size() - 1)));
    }
    try {
      return Future.succeededFuture(Optional.of(YearMonth.parse(p)));
    } catch (DateTimeParseException e) {
      return Future.failedFuture(ApiException.badRequest("Mes inválido: use AAAA-MM, por ejemplo 2025-05.",
          "Invalid month: use YYYY-MM, e.g. 2025-05."));
    }
  }

  private static JsonObject numerals() {
    JsonArray out = new JsonArray();
    for (Art10Numeral n : Art10Numerals.all()) {
      out.add(new JsonObject().put("numeral", n.number()).put("label", n.label()).put("update", n.update())
          .put("keywords", new JsonArray(n.keywords())).put("text", n.sourceText()).put("source", n.sourceUrl())
          .put("textStatus", n.textStatus()).put("read", n.read() == null ? null : n.read().toString()));
    }
    Art10Numerals.Article a = Art10Numerals.article();
    return new JsonObject().put("law", "Decreto 57-2008, artículo 10").put("article", new JsonObject()
        .put("law", a.law()).put("text", a.text()).put("source", a.sourceUrl()).put("read", a.read().toString()))
        .put("numerals", out);
  }

  static String code(RoutingContext ctx) {
    String c = ctx.pathParam("code");
    if (c == null || !CODE.matcher(c).matches()) {
      throw ApiException.badRequest("Código de institución inválido.", "Invalid institution code.");
    }
    return c;
  }

  /** The institution code of the path, or a failed future with the 400 problem when it is not a code. */
  private static Future<String> validCode(RoutingContext ctx) {
    try {
      return Future.succeededFuture(code(ctx));
    } catch (ApiException e) {
      return Future.failedFuture(e);
    }
  }

  private static ApiException notChecked(String code) {
    return ApiException.notFound("No hay revisión del artículo 10 de " + code + " para ese mes.",
        "No Article 10 check of " + code + " for that month.");
  }
}
