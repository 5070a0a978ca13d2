package gt.observatorio.web.digest;

import gt.observatorio.engine.alerts.Event;
import gt.observatorio.engine.schedule.CrawlScheduler;
import gt.observatorio.engine.store.Blocking;
import gt.observatorio.engine.store.DeliveryRepository.Due;
import gt.observatorio.engine.store.DeliveryRepository;
import gt.observatorio.engine.store.SubscriptionRepository;
import io.vertx.core.Future;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the weekly digests and the immediate alerts: plans each subscriber's new events once (the delivery table
 * refuses an event twice for one subscriber), then sends what is due, paced, retrying failures with a doubling
 * delay. The planning and sending calls block: they run on the scheduler's threads (or a test's), never on an event
 * loop; {@link #request} is asynchronous, for the API.
 */
public final class DigestService {
  private static final Logger LOG = LoggerFactory.getLogger(DigestService.class);

  /** What one pass did: rows planned, messages sent and messages that failed (to be retried or given up). */
  public record Report(int planned, int sent, int failed) {}

  private final MailConfig cfg;
  private final Mailer mailer;
  private final Pacer pacer;
  private final SubscriptionRepository subscriptions;
  private final DeliveryRepository deliveries;
  private final DigestComposer composer;
  private final Clock clock;

  public DigestService(MailConfig cfg, Mailer mailer, Pacer pacer, SubscriptionRepository subscriptions,
      DeliveryRepository deliveries, DigestComposer composer, Clock clock) {
    this.cfg = cfg;
    this.mailer = mailer;
    this.pacer = pacer;
    this.subscriptions = subscriptions;
    this.deliveries = deliveries;
    this.composer = composer;
    this.clock = clock;
  }

  /**
   * A public request to follow an institution (null: all): sends the confirmation link unless the address is
   * confirmed already. The answer never says which (nothing about an address is disclosed).
   */
  public Future<Void> request(String email, String institution) {
    return subscriptions.request(email, institution, clock.instant()).compose(s -> s.confirmed()
        ? Future.succeededFuture()
        : pacer.slot().compose(x -> mailer.send(s.email(), composer.confirmation(institution, s.token()),
            composer.unsubscribeUrl(s.token()))));
  }

  /** The weekly pass: plans every subscriber's new events into a digest, then sends what is due. */
  public Report sendDigests() {
    int planned = Blocking.await(deliveries.plan("digest", null, clock.instant()));
    Report sent = sendDue(null);
    return new Report(planned, sent.sent(), sent.failed());
  }

  /** The frequent pass: plans the events that break a key dataset as alerts, then sends the alerts due. */
  public Report sendAlerts() {
    Instant now = clock.instant();
    List<Event> recent = Blocking.await(deliveries.eventsSince(now.minus(Duration.ofDays(7)),
        AlertPolicy.BROKEN.stream().map(Enum::name).toList()));
    List<String> ids = AlertPolicy.immediate(recent, Blocking.await(deliveries.keySubjects()));
    int planned = ids.isEmpty() ? 0 : Blocking.await(deliveries.plan("alert", ids, now));
    Report sent = sendDue("alert");
    return new Report(planned, sent.sent(), sent.failed());
  }

  private Report sendDue(String kind) {
    Instant now = clock.instant();
    Map<String, List<Due>> messages = new LinkedHashMap<>();
    for (Due d : Blocking.await(deliveries.due(kind, now))) {
      String key = d.kind().equals("alert") ? "alert|" + d.subscriber().id() + "|" + d.event().id()
          : "digest|" + d.subscriber().id();
      messages.computeIfAbsent(key, k -> new ArrayList<>()).add(d);
    }
    int sent = 0;
    int failed = 0;
    for (List<Due> m : messages.values()) {
      if (send(m, now)) {
        sent++;
      } else {
        failed++;
      }
    }
    return new Report(0, sent, failed);
  }

  private boolean send(List<Due> message, Instant now) {
    Due first = message.get(0);
    String token = first.subscriber().token();
    List<Event> events = message.stream().map(Due::event).toList();
    List<String> ids = events.stream().map(Event::id).toList();
    MailContent content = first.kind().equals("alert") ? composer.alert(first.event(), token)
        : composer.digest(events, token);
    long subscriber = first.subscriber().id();
    try {
      Blocking.await(pacer.slot().compose(x -> mailer.send(first.subscriber().email(), content,
          composer.unsubscribeUrl(token))));
    } catch (RuntimeException e) {
      int attempts = message.stream().mapToInt(Due::attempts).max().orElse(0);
      Instant next = now.plusSeconds((long) cfg.retrySeconds() << Math.min(attempts, 16));
      LOG.warn("envío fallido / send failed: subscriber {} ({} events), attempt {}: {}", subscriber, ids.size(),
          attempts + 1, e.getMessage());
      Blocking.await(deliveries.failed(subscriber, ids, String.valueOf(e.getMessage()), next, cfg.maxAttempts()));
      return false;
    }
    Blocking.await(deliveries.sent(subscriber, ids, clock.instant()));
    return true;
  }

  /** Schedules the weekly digest and the alert pass on their crons (blank: not scheduled). */
  public Consumer<CrawlScheduler> jobs() {
    return scheduler -> {
      schedule(scheduler, "mail-digest", cfg.digestCron(), this::sendDigests);
      schedule(scheduler, "mail-alerts", cfg.alertCron(), this::sendAlerts);
    };
  }

  private static void schedule(CrawlScheduler scheduler, String id, String cron, Supplier<Report> task) {
    if (cron == null || cron.isBlank()) {
      scheduler.tasks().remove(id);
    } else {
      scheduler.tasks().schedule(id, cron, () -> LOG.info("{}: {}", id, task.get()));
    }
  }
}
