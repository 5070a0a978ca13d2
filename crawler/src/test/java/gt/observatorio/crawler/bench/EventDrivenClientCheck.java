package gt.observatorio.crawler.bench;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClientAgent;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.reactor.IOReactorConfig;

/**
 * Not the prober: what a bare event-driven HTTP client costs for the prober's exchange (a HEAD,
 * then a ranged GET of the same URL) against the same server and wrk ceiling as
 * {@link ProbeBenchmark}. No address guard, redirects, robots.txt, deadlines or results: an upper
 * bound for an event-driven rewrite of the probe path. Arguments: client=hc5async|vertx loops=1
 * lanes=128 rounds=5 seconds=8 (rounds before the last last 3 s each).
 */
public final class EventDrivenClientCheck {
  private EventDrivenClientCheck() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> a = new TreeMap<>(Map.of("client", "hc5async", "loops", "1", "lanes", "128",
        "rounds", "5", "seconds", "8"));
    for (String arg : args) {
      a.put(arg.substring(0, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
    }
    int loops = Integer.parseInt(a.get("loops"));
    int seconds = Integer.parseInt(a.get("seconds"));
    System.out.printf("event-driven client check: %s load=%.2f%n", a, Machine.load());
    try (LoopbackCsvHosts srv = new LoopbackCsvHosts(32, 2)) {
      String csv = srv.bases().get(0) + "/d/ceiling.csv";
      Wrk.run(csv, 2, 64, 2, "Range: bytes=0-8191");
      double ceiling = Wrk.run(csv, 2, 64, seconds, "Range: bytes=0-8191").requestsPerSecond();
      System.out.printf("ceiling  wrk: %.0f requests/s; load=%.2f%n", ceiling, Machine.load());
      Client client = a.get("client").equals("vertx") ? vertx(loops) : hc5(loops);
      try {
        int rounds = Integer.parseInt(a.get("rounds"));
        for (int round = 1; round <= rounds; round++) {
          round(srv, client, Integer.parseInt(a.get("lanes")), round == rounds ? seconds : 3, ceiling, round);
        }
      } finally {
        client.close();
      }
    }
  }

  private static void round(LoopbackCsvHosts srv, Client client, int lanes, int seconds, double ceiling,
      int round) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    long before = srv.requests();
    long cpu = Machine.cpuNanos();
    long jit = Machine.jitMillis();
    long start = System.nanoTime();
    AtomicLong failures = new AtomicLong();
    CountDownLatch done = new CountDownLatch(lanes);
    AtomicInteger n = new AtomicInteger();
    for (int l = 0; l < lanes; l++) {
      lane(client, srv.bases().get(l % srv.bases().size()), end, done, failures, n);
    }
    if (!done.await(seconds + 30L, TimeUnit.SECONDS)) {
      System.out.printf("round %d stalled: %d lanes unfinished%n", round, done.getCount());
      return;
    }
    double secs = (System.nanoTime() - start) / 1e9;
    long requests = srv.requests() - before;
    System.out.printf("round %d (%ds): %.0f requests/s = %.1f%% of the ceiling; JVM CPU %.1f us/request; "
        + "JIT %d ms; failures %d; load=%.2f%n", round, seconds, requests / secs, 100 * requests / secs / ceiling,
        (Machine.cpuNanos() - cpu) / 1e3 / requests, Machine.jitMillis() - jit, failures.get(), Machine.load());
  }

  private static void lane(Client client, String base, long end, CountDownLatch done, AtomicLong failures,
      AtomicInteger n) {
    if (System.nanoTime() > end) {
      done.countDown();
      return;
    }
    String url = base + "/d/e" + n.incrementAndGet() + ".csv";
    client.exchange(url, "HEAD").thenCompose(v -> client.exchange(url, "GET")).whenComplete((v, e) -> {
      if (e != null) {
        failures.incrementAndGet();
      }
      lane(client, base, end, done, failures, n);
    });
  }

  /** One request, its response read whole. */
  private interface Client extends AutoCloseable {
    CompletableFuture<Void> exchange(String url, String method);

    @Override
    void close();
  }

  private static Client vertx(int loops) {
    Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(loops));
    HttpClientAgent http = vertx.createHttpClient(new HttpClientOptions().setTcpNoDelay(true),
        new PoolOptions().setHttp1MaxSize(5));
    return new Client() {
      @Override
      public CompletableFuture<Void> exchange(String url, String method) {
        RequestOptions o = new RequestOptions().setMethod(HttpMethod.valueOf(method)).setAbsoluteURI(url);
        if (method.equals("GET")) {
          o.putHeader("Range", "bytes=0-8191");
        }
        return http.request(o).compose(r -> r.send()).compose(r -> r.body()).<Void>map(b -> null)
            .toCompletionStage().toCompletableFuture();
      }

      @Override
      public void close() {
        vertx.close().await();
      }
    };
  }

  private static Client hc5(int loops) {
    CloseableHttpAsyncClient http = HttpAsyncClients.custom()
        .setConnectionManager(PoolingAsyncClientConnectionManagerBuilder.create()
            .setMaxConnTotal(256).setMaxConnPerRoute(5).build())
        .setIOReactorConfig(IOReactorConfig.custom().setIoThreadCount(loops).build())
        .disableRedirectHandling().disableAutomaticRetries().disableCookieManagement().build();
    http.start();
    return new Client() {
      @Override
      public CompletableFuture<Void> exchange(String url, String method) {
        CompletableFuture<Void> f = new CompletableFuture<>();
        SimpleRequestBuilder b = method.equals("GET")
            ? SimpleRequestBuilder.get(url).addHeader("Range", "bytes=0-8191") : SimpleRequestBuilder.head(url);
        http.execute(b.build(), new FutureCallback<SimpleHttpResponse>() {
          @Override
          public void completed(SimpleHttpResponse r) {
            f.complete(null);
          }

          @Override
          public void failed(Exception e) {
            f.completeExceptionally(e);
          }

          @Override
          public void cancelled() {
            f.cancel(false);
          }
        });
        return f;
      }

      @Override
      public void close() {
        http.close(CloseMode.IMMEDIATE);
      }
    };
  }
}
