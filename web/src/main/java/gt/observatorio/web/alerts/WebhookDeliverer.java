package gt.observatorio.web.alerts;

import gt.observatorio.engine.alerts.Event;
import gt.observatorio.engine.domain.Text;
import gt.observatorio.engine.store.Blocking;
import gt.observatorio.engine.store.WebhookRepository;
import gt.observatorio.engine.store.WebhookRepository.Attempt;
import gt.observatorio.engine.store.WebhookRepository.Webhook;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers stored events to the webhooks that asked for their kind, on its own thread: one signed POST per event
 * ({@code X-Observatorio-Signature: sha256=<hex HMAC-SHA256 of the body with the webhook's secret>}), retried with
 * exponential backoff on a 5xx, 429 or network failure, each attempt logged; an event delivered once is never sent
 * to the same webhook again. The target is checked by {@link WebhookTarget} before every attempt.
 */
public final class WebhookDeliverer implements AutoCloseable {
  public static final String SIGNATURE = "X-Observatorio-Signature";
  private static final Logger LOG = LoggerFactory.getLogger(WebhookDeliverer.class);

  private final WebhookRepository repo;
  private final WebhookTarget target;
  private final WebhookConfig cfg;
  private final Clock clock;
  private final HttpClient http;
  private final ScheduledExecutorService exec = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "observatorio-webhooks");
    t.setDaemon(true);
    return t;
  });

  public WebhookDeliverer(WebhookRepository repo, WebhookTarget target, WebhookConfig cfg, Clock clock) {
    this.repo = repo;
    this.target = target;
    this.cfg = cfg;
    this.clock = clock;
    this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(cfg.timeoutSeconds())).build();
  }

  /** Queues the events for the webhooks that asked for them; returns at once. */
  public void deliver(List<Event> events) {
    exec.execute(() -> {
      for (Event e : events) {
        try {
          byte[] body = body(e).getBytes(StandardCharsets.UTF_8);
          for (Webhook w : Blocking.await(repo.forKind(e.kind().name()))) {
            attempt(w, e, body, 1);
          }
        } catch (RuntimeException ex) {
          LOG.warn("webhooks of event {}: {}", e.id(), ex.toString());
        }
      }
    });
  }

  /** The JSON an event is delivered as. */
  public static String body(Event e) {
    Text label = e.kind().label();
    return new JsonObject().put("id", e.id()).put("at", e.at().toString()).put("institution", e.institution())
        .put("kind", e.kind().name()).put("label", new JsonObject().put("es", label.es()).put("en", label.en()))
        .put("subject", e.subject()).put("evidence", new JsonObject(new java.util.TreeMap<String, Object>(e.evidence())))
        .put("link", e.link()).encode();
  }

  /** {@code sha256=<hex>}: the HMAC-SHA256 of the body under the secret. */
  public static String signature(String secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (java.security.GeneralSecurityException ex) {
      throw new IllegalStateException(ex);
    }
  }

  private void attempt(Webhook w, Event e, byte[] body, int n) {
    try {
      if (Blocking.await(repo.delivered(w.id(), e.id()))) {
        return;
      }
      Attempt a = send(w, e, body, n);
      Blocking.await(repo.log(a));
      boolean retry = a.outcome().equals("failed") && (a.status() == null || a.status() >= 500 || a.status() == 429);
      if (retry && n < cfg.maxAttempts()) {
        exec.schedule(() -> attempt(w, e, body, n + 1), cfg.backoffMillis(n + 1), TimeUnit.MILLISECONDS);
      }
    } catch (RuntimeException ex) {
      LOG.warn("webhook {} event {} attempt {}: {}", w.id(), e.id(), n, ex.toString());
    }
  }

  private Attempt send(Webhook w, Event e, byte[] body, int n) {
    Optional<Text> refused = target.refusal(w.url());
    if (refused.isPresent()) {
      return new Attempt(w.id(), e.id(), n, clock.instant(), null, "refused", refused.get().en());
    }
    HttpRequest req = HttpRequest.newBuilder(URI.create(w.url().strip()))
        .timeout(Duration.ofSeconds(cfg.timeoutSeconds()))
        .header("content-type", "application/json; charset=utf-8")
        .header("user-agent", "ObservatorioDatosAbiertosGT-webhooks")
        .header(SIGNATURE, signature(w.secret(), body))
        .header("X-Observatorio-Event", e.kind().name())
        .header("X-Observatorio-Delivery", e.id())
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    try {
      HttpResponse<Void> res = http.send(req, HttpResponse.BodyHandlers.discarding());
      int st = res.statusCode();
      return new Attempt(w.id(), e.id(), n, clock.instant(), st, st / 100 == 2 ? "delivered" : "failed",
          "HTTP " + st);
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      return new Attempt(w.id(), e.id(), n, clock.instant(), null, "failed", "interrupted");
    } catch (java.io.IOException ex) {
      return new Attempt(w.id(), e.id(), n, clock.instant(), null, "failed", ex.toString());
    }
  }

  @Override
  public void close() {
    exec.shutdownNow();
  }
}
