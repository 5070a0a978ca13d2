package gt.observatorio.web.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import gt.observatorio.engine.alerts.Event;
import gt.observatorio.engine.alerts.EventKind;
import gt.observatorio.engine.domain.Institution;
import gt.observatorio.engine.domain.Source;
import gt.observatorio.engine.store.Blocking;
import gt.observatorio.engine.testing.TestDatabase;
import gt.observatorio.web.Observatory;
import gt.observatorio.web.demo.SimulatedClock;
import gt.observatorio.web.digest.DigestComposer;
import gt.observatorio.web.digest.DigestService;
import gt.observatorio.web.digest.MailConfig;
import gt.observatorio.web.digest.Pacer;
import gt.observatorio.web.digest.SmtpMailer;
import gt.observatorio.web.registry.Registry;
import io.vertx.core.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * E-mail digests end to end against a real SMTP server in-process (GreenMail on a random loopback port): double
 * opt-in, the weekly digest (Spanish first, plain text and HTML, unsubscribe link), nothing sent twice, unsubscribing,
 * the immediate alert of a broken key dataset, retries after a failed send, and the pace of sending.
 */
class DigestMailTest {
  private static final String SITE = "http://observatorio.test";
  private static final String CONTACT = "datos@mspas.test";
  private static final String MONITOR = "monitor@sociedad.test";
  private static final Pattern LINK = Pattern.compile(Pattern.quote(SITE) + "(/api/v1/subscriptions/(confirm|unsubscribe)\\?token=[A-Za-z0-9_-]+)");
  private static GreenMail smtp;
  private static FixturePortal portal;
  private static Observatory obs;
  private static ApiClient api;
  private static AdminCalls calls;
  private static MailConfig mail;

  @BeforeAll
  static void start() {
    TestDatabase.reset();
    smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    portal = new FixturePortal();
    portal.catalog("/", portal.fixture(LocalDate.now(ZoneOffset.UTC)));
    portal.server().stubFor(any(urlPathMatching("/dataset/.*"))
        .willReturn(aResponse().withHeader("Content-Type", "text/csv").withBody("a,b\n1,2\n")));
    obs = Observatory.start(TestSettings.forDatabase(TestDatabase.config(), Map.of(
        "mail.enabled", "true", "mail.smtpHost", "127.0.0.1", "mail.smtpPort", Integer.toString(smtp.getSmtp().getPort()),
        "mail.tls", "none", "mail.from", "Observatorio <observatorio@observatorio.test>", "mail.publicUrl", SITE,
        "mail.perMinute", "6000", "mail.digestCron", "", "mail.alertCron", "")), Clock.systemUTC(), false);
    assertThat(obs.digests()).as("mail enabled").isPresent();
    mail = settingsMail();
    obs.registration().register(new Registry(
        List.of(new Institution("MSPAS", "Ministerio de Salud", "ministerio", "salud"),
            new Institution("MINTRAB", "Ministerio de Trabajo", "ministerio", "trabajo")),
        List.of(new Source("mspas", "MSPAS", URI.create(portal.baseUrl() + "/"), "ckan", null)),
        Map.of(), Map.of("MSPAS", List.of(CONTACT))));
    obs.crawls().crawlAll(obs.registration().sources());
    int port = obs.serve(TestSettings.web()).await();
    api = new ApiClient(port);
    calls = new AdminCalls(port);
  }

  private static MailConfig settingsMail() {
    return new MailConfig(true, "127.0.0.1", smtp.getSmtp().getPort(), "none", "", "",
        "Observatorio <observatorio@observatorio.test>", SITE, 6000, 3, 60, "", "");
  }

  @AfterAll
  static void stop() {
    obs.close();
    portal.close();
    smtp.stop();
  }

  @BeforeEach
  void drainPendingMail() throws Exception {
    obs.digests().orElseThrow().sendDigests();
    smtp.purgeEmailFromAllMailboxes();
  }

  @Test
  void doubleOptInThenAWeeklyDigestSentOnceAndUnsubscribing() throws Exception {
    JsonObject body = new JsonObject().put("email", MONITOR).put("institution", "MSPAS");
    HttpResponse<String> asked = calls.json("POST", "/api/v1/subscriptions", null, body);
    assertThat(asked.statusCode()).as(asked.body()).isEqualTo(202);
    assertThat(asked.body()).doesNotContain(MONITOR);
    MimeMessage confirm = only(to(MONITOR));
    assertThat(confirm.getSubject()).startsWith("Confirme su suscripción");
    String confirmLink = link(GreenMailUtil.getBody(confirm), "confirm");

    save(event(EventKind.SCORE_MOVED, "MSPAS", "overall"));
    obs.digests().orElseThrow().sendDigests();
    assertThat(to(MONITOR)).as("an unconfirmed address receives nothing but the confirmation").hasSize(1);

    HttpResponse<String> confirmed = api.raw(confirmLink);
    assertThat(confirmed.statusCode()).isEqualTo(200);
    assertThat(confirmed.body()).contains("Suscripción confirmada").doesNotContain(MONITOR);
    assertThat(calls.json("POST", "/api/v1/subscriptions", null, body).statusCode()).isEqualTo(202);
    assertThat(to(MONITOR)).as("a confirmed address is not asked again").hasSize(1);

    Event broken = save(event(EventKind.LINK_BROKEN, "MSPAS", "https://datos.mspas.test/a.csv"));
    Event elsewhere = save(event(EventKind.RANK_CHANGED, "MINTRAB", "rank"));
    DigestService.Report r = obs.digests().orElseThrow().sendDigests();
    assertThat(r.failed()).isZero();
    List<MimeMessage> digests = to(MONITOR).subList(1, to(MONITOR).size());
    MimeMessage digest = only(digests);
    assertThat(digest.getSubject()).startsWith("Resumen semanal");
    assertThat(digest.getHeader("List-Unsubscribe")[0]).contains("/api/v1/subscriptions/unsubscribe?token=");
    MimeMultipart parts = (MimeMultipart) digest.getContent();
    String text = part(parts, "text/plain");
    String html = part(parts, "text/html");
    assertThat(text.indexOf("Resumen semanal")).isLessThan(text.indexOf("Weekly digest"));
    assertThat(text.indexOf("Para dejar de recibir")).isLessThan(text.indexOf("To stop receiving"));
    assertThat(text).contains(broken.subject(), "Enlace roto", "Link broken").doesNotContain(elsewhere.subject());
    assertThat(html).contains("<a href=\"" + SITE + "/api/v1/subscriptions/unsubscribe?token=");
    assertThat(to(CONTACT)).as("the registry's contact is subscribed without opt-in").isNotEmpty();

    int before = smtp.getReceivedMessages().length;
    DigestService.Report again = obs.digests().orElseThrow().sendDigests();
    assertThat(again.sent()).isZero();
    assertThat(smtp.getReceivedMessages()).as("nothing is sent twice for one event").hasSize(before);

    HttpResponse<String> gone = api.raw(link(text, "unsubscribe"));
    assertThat(gone.statusCode()).isEqualTo(200);
    assertThat(gone.body()).contains("Suscripción cancelada");
    save(event(EventKind.DATASET_OVERDUE, "MSPAS", "establecimientos-de-salud"));
    obs.digests().orElseThrow().sendDigests();
    assertThat(to(MONITOR)).as("nothing after unsubscribing").hasSize(2);
    assertThat(to(CONTACT)).as("the contact still receives").hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void aBrokenKeyDatasetIsAlertedAtOnceAndLeftOutOfTheDigest() throws Exception {
    JsonObject ds = api.get("/api/v1/institutions/MSPAS/datasets").getJsonArray("datasets").getJsonObject(0);
    long id = ds.getLong("id");
    String editor = obs.stores().tokens().create("editor", "oficial MSPAS").await();
    HttpResponse<String> key = calls.json("POST", "/api/v1/institutions/MSPAS/maturity/key-datasets", editor,
        new JsonObject().put("keyDataset", "servicios").put("dataset", Long.toString(id)).put("confirmed", true));
    assertThat(key.statusCode()).as(key.body()).isEqualTo(204);
    JsonObject dist = api.get("/api/v1/datasets/" + id).getJsonObject("dataset").getJsonArray("distributionList")
        .getJsonObject(0);
    String url = dist.getString("downloadUrl") != null ? dist.getString("downloadUrl") : dist.getString("accessUrl");
    Event keyBroken = save(event(EventKind.LINK_BROKEN, "MSPAS", url));
    Event otherBroken = save(event(EventKind.LINK_BROKEN, "MSPAS", "https://otro.mspas.test/b.csv"));

    DigestService.Report alerts = obs.digests().orElseThrow().sendAlerts();
    assertThat(alerts.sent()).isEqualTo(1);
    MimeMessage alert = only(to(CONTACT));
    assertThat(alert.getSubject()).startsWith("Alerta: Enlace roto (MSPAS)");
    assertThat(part((MimeMultipart) alert.getContent(), "text/plain")).contains(url)
        .contains(SITE + "/api/v1/subscriptions/unsubscribe?token=");
    assertThat(obs.digests().orElseThrow().sendAlerts().sent()).as("alerted once").isZero();

    obs.digests().orElseThrow().sendDigests();
    List<MimeMessage> after = to(CONTACT);
    assertThat(after).hasSize(2);
    String digest = part((MimeMultipart) after.get(1).getContent(), "text/plain");
    assertThat(digest).contains(otherBroken.subject()).doesNotContain(keyBroken.subject());
  }

  @Test
  void aFailedSendIsRetriedLaterAndSentOnce() throws Exception {
    int closed;
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closed = s.getLocalPort();
    }
    MailConfig down = new MailConfig(true, "127.0.0.1", closed, "none", "", "", mail.from(), SITE, 6000, 3, 60, "", "");
    SimulatedClock clock = new SimulatedClock(Instant.now());
    Event e = save(event(EventKind.SCORE_MOVED, "MSPAS", "retry-" + UUID.randomUUID()));
    DigestService failing = service(down, clock);
    DigestService.Report first = failing.sendDigests();
    assertThat(first.failed()).isGreaterThanOrEqualTo(1);
    assertThat(first.sent()).isZero();
    DigestService working = service(mail, clock);
    assertThat(working.sendDigests().sent()).as("not before the retry delay").isZero();
    clock.advance(Duration.ofSeconds(61));
    DigestService.Report retried = working.sendDigests();
    assertThat(retried.sent()).isGreaterThanOrEqualTo(1);
    assertThat(to(CONTACT).stream().filter(m -> text(m).contains(e.subject()))).hasSize(1);
    clock.advance(Duration.ofHours(1));
    assertThat(working.sendDigests().sent()).isZero();
  }

  @Test
  void sendingIsPaced() {
    Pacer pacer = new Pacer(obs.vertx(), 120);
    long t0 = System.nanoTime();
    for (int i = 0; i < 3; i++) {
      Blocking.await(pacer.slot());
    }
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).as("3 slots at 120 a minute").isGreaterThanOrEqualTo(
        Duration.ofMillis(950));
  }

  private static DigestService service(MailConfig cfg, Clock clock) {
    return new DigestService(cfg, new SmtpMailer(obs.vertx(), cfg), new Pacer(obs.vertx(), cfg.perMinute()),
        obs.stores().subscriptions(), obs.stores().deliveries(), new DigestComposer(SITE, ZoneOffset.UTC), clock);
  }

  private static Event event(EventKind kind, String institution, String subject) {
    return new Event(UUID.randomUUID().toString(), Instant.now(), institution, kind, subject,
        Map.of("url", subject), "/institutions/" + institution);
  }

  private static Event save(Event e) {
    Blocking.await(obs.stores().events().saveAll(List.of(e)));
    return e;
  }

  private static List<MimeMessage> to(String address) {
    return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
      try {
        return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().contains(address));
      } catch (jakarta.mail.MessagingException ex) {
        throw new IllegalStateException(ex);
      }
    }).toList();
  }

  private static MimeMessage only(List<MimeMessage> list) {
    assertThat(list).hasSize(1);
    return list.get(0);
  }

  private static String link(String body, String which) {
    Matcher m = LINK.matcher(body.replace("=\r\n", "").replace("=3D", "="));
    while (m.find()) {
      if (m.group(2).equals(which)) {
        return m.group(1);
      }
    }
    throw new AssertionError("no " + which + " link in " + body);
  }

  private static String text(MimeMessage m) {
    try {
      return part((MimeMultipart) m.getContent(), "text/plain");
    } catch (Exception ex) {
      throw new IllegalStateException(ex);
    }
  }

  private static String part(MimeMultipart parts, String type) throws Exception {
    for (int i = 0; i < parts.getCount(); i++) {
      var p = parts.getBodyPart(i);
      if (p.isMimeType(type)) {
        return (String) p.getContent();
      }
      if (p.getContent() instanceof MimeMultipart inner) {
        String found = part(inner, type);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }
}
