package gt.observatorio.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The read API's answer cache on a real HTTP server (loopback, random port). */
class PublishedCacheTest {
  private final AtomicReference<String> version = new AtomicReference<>("1");
  private final AtomicInteger computed = new AtomicInteger();
  private final List<Promise<Void>> gates = new ArrayList<>();
  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private Vertx vertx;
  private HttpClient http;
  private String base;

  @BeforeEach
  void start() throws Exception {
    vertx = Vertx.vertx();
    http = HttpClient.newHttpClient();
    base = serve(new PublishedCache(new PublicationVersion(() -> Future.succeededFuture(version.get()), 0),
        new AnswerCaching(60, 1 << 20, meters)));
  }

  /** A real server whose one route answers through {@code cache}; its answers wait for their gate. */
  private String serve(PublishedCache cache) throws Exception {
    Router router = Router.router(vertx);
    router.get("/answer").handler(cache::lookup).handler(ctx -> {
      computed.incrementAndGet();
      Promise<Void> gate = Promise.promise();
      synchronized (gates) {
        gates.add(gate);
      }
      String text = "respuesta / answer ".repeat(200);
      cache.reply(ctx, gate.future().map(x -> Body.json(new JsonObject().put("text", text))));
    });
    int port = vertx.createHttpServer().requestHandler(router).listen(0, "127.0.0.1")
        .toCompletionStage().toCompletableFuture().get().actualPort();
    return "http://127.0.0.1:" + port;
  }

  @AfterEach
  void stop() throws Exception {
    vertx.close().toCompletionStage().toCompletableFuture().get();
  }

  @Test
  void concurrentRequestsForAnAnswerBeingComputedShareOneComputation() throws Exception {
    List<CompletableFuture<HttpResponse<String>>> all = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      all.add(http.sendAsync(get().build(), HttpResponse.BodyHandlers.ofString()));
    }
    while (computed.get() == 0) {
      Thread.sleep(10);
    }
    Thread.sleep(300); // the other 19 requests arrive and wait
    openGates();
    for (CompletableFuture<HttpResponse<String>> f : all) {
      assertThat(f.get().statusCode()).isEqualTo(200);
      assertThat(f.get().body()).startsWith("{\"text\":\"respuesta / answer");
    }
    assertThat(computed.get()).isEqualTo(1);
    assertThat(meters.get("observatorio.api.answers").tag("outcome", "computed").counter().count()).isEqualTo(1);
    assertThat(meters.get("observatorio.api.answers").tag("outcome", "shared").counter().count()
        + meters.get("observatorio.api.answers").tag("outcome", "cached").counter().count()).isEqualTo(19);
  }

  @Test
  void gzipIsSentToClientsThatAcceptItAndTheEtagOutlivesAPublicationThatDidNotChangeTheAnswer() throws Exception {
    openGatesAsTheyCome();
    HttpResponse<String> plain = http.send(get().build(), HttpResponse.BodyHandlers.ofString());
    HttpResponse<byte[]> gz = http.send(get().header("Accept-Encoding", "gzip, deflate, br").build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(gz.headers().firstValue("content-encoding")).contains("gzip");
    assertThat(gz.headers().firstValue("vary")).get().asString().contains("Accept-Encoding");
    assertThat(gz.body().length).isLessThan(plain.body().length() / 4);
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz.body()))) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(plain.body());
    }
    assertThat(plain.headers().firstValue("content-encoding")).isEmpty();
    String etag = plain.headers().firstValue("etag").orElseThrow();
    assertThat(gz.headers().firstValue("etag")).isNotEqualTo(plain.headers().firstValue("etag"));

    version.set("2"); // a run is published: the answer is computed again, its bytes are the same
    HttpResponse<String> again = http.send(get().header("If-None-Match", etag).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(computed.get()).isEqualTo(2);
  }

  @Test
  void gzipRefusedWithQualityZeroIsNotSent() {
    assertThat(CachedAnswer.acceptsGzip("gzip;q=0, identity")).isFalse();
    assertThat(CachedAnswer.acceptsGzip("br, gzip;q=0.5")).isTrue();
    assertThat(CachedAnswer.acceptsGzip("deflate")).isFalse();
    assertThat(CachedAnswer.acceptsGzip(null)).isFalse();
  }

  @Test
  void addressesReadOnceDoNotEvictTheAnswerEveryoneReads() throws Exception {
    SimpleMeterRegistry own = new SimpleMeterRegistry();
    PublishedCache small = new PublishedCache(new PublicationVersion(() -> Future.succeededFuture("1"), 60_000),
        new AnswerCaching(60, 100_000, own));
    String at = serve(small);
    openGatesAsTheyCome();
    for (int i = 0; i < 60; i++) {
      fetch(at + "/answer?n=" + i); // a crawler walking every page once
      if (i % 4 == 0) {
        assertThat(fetch(at + "/answer?n=hot").statusCode()).isEqualTo(200); // while people read the rankings
      }
    }
    assertThat(computed.get()).as("the much-read answer was computed once").isEqualTo(61);
    assertThat(own.get("observatorio.api.answers.kept.bytes").gauge().value()).isPositive().isLessThanOrEqualTo(100_000);
    assertThat(own.get("observatorio.api.answers.evicted").functionCounter().count()).isPositive();
    assertThat(own.get("observatorio.api.answers").tag("outcome", "cached").counter().count()).isEqualTo(14);
  }

  @Test
  void theVersionIsReadAgainInTheBackgroundSoNoRequestWaitsForItWhileItIsFresh() throws Exception {
    List<Promise<String>> reads = new java.util.concurrent.CopyOnWriteArrayList<>();
    AtomicLong clock = new AtomicLong();
    String at = serve(new PublishedCache(new PublicationVersion(() -> {
      Promise<String> p = Promise.promise();
      reads.add(p);
      return p.future();
    }, 2_000, clock::get), new AnswerCaching(60, 1 << 20, meters)));
    openGatesAsTheyCome();
    CompletableFuture<HttpResponse<String>> first = http.sendAsync(request(at), HttpResponse.BodyHandlers.ofString());
    assertWaits(first, reads, 1);
    reads.get(0).complete("1");
    assertThat(first.get().statusCode()).isEqualTo(200);
    assertThat(computed.get()).isEqualTo(1);

    clock.set(1_100); // past half the version's freshness: read again in the background
    assertThat(fetch(at + "/answer").statusCode()).isEqualTo(200);
    assertThat(reads).as("a read runs in the background, unanswered").hasSize(2);
    assertThat(computed.get()).as("answered from the known version").isEqualTo(1);
    reads.get(1).complete("2");
    fetch(at + "/answer");
    assertThat(computed.get()).as("the newly published version is computed").isEqualTo(2);

    clock.set(3_200); // the version is older than its freshness: a request waits for a new read
    CompletableFuture<HttpResponse<String>> stale = http.sendAsync(request(at), HttpResponse.BodyHandlers.ofString());
    assertWaits(stale, reads, 3);
    reads.get(2).complete("2");
    assertThat(stale.get().statusCode()).isEqualTo(200);
    assertThat(computed.get()).isEqualTo(2);

    clock.set(4_300); // a background read that will answer late
    fetch(at + "/answer");
    assertThat(reads).hasSize(4);
    clock.set(6_400); // it is older than the freshness now: not joined, a new read is sent
    CompletableFuture<HttpResponse<String>> afterSlowRead = http.sendAsync(request(at),
        HttpResponse.BodyHandlers.ofString());
    assertWaits(afterSlowRead, reads, 5);
    reads.get(4).complete("3");
    assertThat(afterSlowRead.get().statusCode()).isEqualTo(200);
    assertThat(computed.get()).isEqualTo(3);
    reads.get(3).complete("2"); // the late answer does not replace the version read after it
    fetch(at + "/answer");
    assertThat(computed.get()).isEqualTo(3);
  }

  @Test
  void aVersionQueryThatThrowsFailsThatRequestOnlyAndTheNextOneReadsAgain() {
    AtomicInteger calls = new AtomicInteger();
    PublicationVersion v = new PublicationVersion(() -> {
      if (calls.incrementAndGet() == 1) {
        throw new IllegalStateException("database unreachable");
      }
      return Future.succeededFuture("7");
    }, 500, () -> 0L);
    assertThat(v.current().failed()).isTrue();
    assertThat(v.current().result()).isEqualTo("7");
    assertThat(v.current().result()).as("known and fresh: not read again").isEqualTo("7");
    assertThat(calls.get()).isEqualTo(2);
  }

  private static void assertWaits(CompletableFuture<?> request, List<?> reads, int readsSent) throws Exception {
    while (reads.size() < readsSent) {
      Thread.sleep(10);
    }
    Thread.sleep(200);
    assertThat(request).as("the request waits for the version").isNotDone();
    assertThat(reads).hasSize(readsSent);
  }

  private HttpRequest request(String at) {
    return HttpRequest.newBuilder(URI.create(at + "/answer")).build();
  }

  private HttpResponse<String> fetch(String url) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder get() {
    return HttpRequest.newBuilder(URI.create(base + "/answer"));
  }

  private void openGates() {
    synchronized (gates) {
      gates.forEach(g -> vertx.runOnContext(x -> g.tryComplete()));
    }
  }

  private void openGatesAsTheyCome() {
    vertx.setPeriodic(5, id -> openGates());
  }
}
