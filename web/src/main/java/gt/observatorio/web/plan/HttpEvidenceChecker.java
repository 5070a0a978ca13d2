package gt.observatorio.web.plan;

import gt.observatorio.crawler.CrawlerContext;
import gt.observatorio.crawler.harvest.Charsets;
import gt.observatorio.crawler.http.FetchRequest;
import gt.observatorio.crawler.http.FetchResult;
import gt.observatorio.crawler.laip.NumeralClassifier;
import gt.observatorio.crawler.laip.PageLink;
import gt.observatorio.crawler.laip.PageScanner;
import gt.observatorio.crawler.laip.SpanishDates;
import gt.observatorio.engine.compliance.ActionPlan;
import gt.observatorio.engine.compliance.EvidenceChecker;
import gt.observatorio.engine.compliance.EvidenceOutcome;
import gt.observatorio.engine.domain.ProbeResult;
import gt.observatorio.engine.port.Prober;
import gt.observatorio.web.oc4ids.Oc4idsCheck;
import gt.observatorio.web.oc4ids.Oc4idsFinding;
import gt.observatorio.web.oc4ids.Oc4idsSchema;
import java.net.URI;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs a plan activity's automatic evidence checks against the web, politely (the crawler's
 * fetcher and prober). Blocking: call it off the event loop.
 */
public final class HttpEvidenceChecker implements EvidenceChecker {
  private final CrawlerContext ctx;
  private final Prober prober;
  private final Oc4idsCheck oc4ids;
  private final PageScanner scanner = new PageScanner(new NumeralClassifier());

  public HttpEvidenceChecker(CrawlerContext ctx, Prober prober, Optional<Oc4idsSchema> schema) {
    this.ctx = ctx;
    this.prober = prober;
    this.oc4ids = new Oc4idsCheck(schema);
  }

  @Override
  public EvidenceOutcome check(ActionPlan.EvidenceCheck k) {
    return switch (k.kind()) {
      case "document-current" -> documentCurrent(k.url(), k.maxAgeMonths());
      case "open-data" -> openData(k.url());
      case "oc4ids" -> oc4ids(k.url());
      default -> new EvidenceOutcome(false, "unknown check kind " + k.kind(), k.url());
    };
  }

  /** The page lists a document whose name carries a month at most {@code maxAge} months old, and it answers. */
  EvidenceOutcome documentCurrent(String url, int maxAge) {
    YearMonth now = YearMonth.now(ctx.clock());
    FetchResult page = fetch(url, "text/html,*/*;q=0.5");
    if (!page.ok()) {
      return new EvidenceOutcome(false, "page unreachable: " + failure(page), url);
    }
    List<PageLink> docs = new ArrayList<>();
    if (page.contentType() != null && page.contentType().contains("html")) {
      scanner.scan(Charsets.decode(page.body(), page.contentType()).text(), page.finalUri().toString()).links()
          .stream().filter(l -> l.document() && !l.inNavigation()).forEach(docs::add);
    } else {
      docs.add(new PageLink(url, "", "", "", false, true));
    }
    PageLink newest = null;
    YearMonth newestMonth = null;
    for (PageLink d : docs) {
      Optional<YearMonth> m = SpanishDates.ofLink(d.text(), d.url(), d.heading(), now);
      if (m.isPresent() && (newestMonth == null || m.get().isAfter(newestMonth))) {
        newest = d;
        newestMonth = m.get();
      }
    }
    if (newest == null) {
      return new EvidenceOutcome(false, "no dated document among " + docs.size(), url);
    }
    ProbeResult p = prober.probe(newest.url(), null);
    long age = ChronoUnit.MONTHS.between(newestMonth, now);
    boolean ok = p.outcome().reachable() && age <= maxAge;
    return new EvidenceOutcome(ok, "latest=" + newestMonth + " age=" + age + "m max=" + maxAge + "m "
        + p.outcome().id(), newest.url());
  }

  /** The URL answers with machine-readable data (the MQA machine-readable list of the format vocabulary). */
  EvidenceOutcome openData(String url) {
    ProbeResult p = prober.probe(url, null);
    String format = p.format() == null ? "unknown" : p.format().toUpperCase(java.util.Locale.ROOT);
    gt.observatorio.engine.vocab.Format f = gt.observatorio.engine.vocab.FormatVocabulary.standard().byCode(format);
    boolean ok = p.outcome().reachable() && f != null && f.machineReadable();
    return new EvidenceOutcome(ok, p.outcome().id() + " format=" + format, url);
  }

  /** The URL answers with an OC4IDS package without errors (the {@code observatory oc4ids} checks; warnings pass). */
  EvidenceOutcome oc4ids(String url) {
    FetchResult r = fetch(url, "application/json");
    if (!r.ok()) {
      return new EvidenceOutcome(false, "unreachable: " + failure(r), url);
    }
    List<Oc4idsFinding> findings = oc4ids.check(r.body());
    long errors = findings.stream().filter(Oc4idsFinding::isError).count();
    String codes = String.join(",", findings.stream().map(Oc4idsFinding::code).distinct().sorted().toList());
    return new EvidenceOutcome(errors == 0, findings.size() + " findings, " + errors + " errors"
        + (codes.isEmpty() ? "" : ": " + codes) + (oc4ids.schemaConfigured() ? "" : " (schema not configured)"), url);
  }

  private FetchResult fetch(String url, String accept) {
    return ctx.fetcher().fetch(FetchRequest.document(URI.create(url), ctx.config().maxBodyBytes(),
        ctx.config().robots().enabled(), accept));
  }

  private static String failure(FetchResult r) {
    return r.failure() != null ? r.failure().id() : "HTTP " + r.status();
  }
}
