package gt.observatorio.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Every documented read-only route, with hostile values in every parameter and path segment: the
 * answer is never a 5xx, and every refusal is a problem+json.
 */
class MalformedRequestsTest {
  private static final List<String> ROUTES = List.of("/api/v1/status", "/api/v1/rankings", "/api/v1/rankings.csv",
      "/api/v1/rankings/trends",
      "/api/v1/weeks", "/api/v1/averages", "/api/v1/movers", "/api/v1/institutions", "/api/v1/institutions/{c}/history",
      "/api/v1/institutions/{c}/history.csv", "/api/v1/institutions/{c}/datasets", "/api/v1/institutions/{c}/datasets.csv",
      "/api/v1/institutions/{c}/findings.csv", "/api/v1/institutions/{c}/dqv.jsonld", "/api/v1/institutions/{c}/dqv.ttl",
      "/api/v1/datasets/{c}", "/api/v1/datasets/{c}/history", "/api/v1/datasets/{c}/history.csv",
      "/api/v1/datasets/{c}/dqv.jsonld", "/api/v1/datasets/{c}/dqv.ttl", "/api/v1/runs", "/api/v1/sources",
      "/api/v1/search", "/api/v1/methodology", "/api/v1/methodology/{c}", "/health/live", "/health/ready",
      "/api/openapi.yaml");
  private static final List<String> PARAMS = List.of("week", "profile", "dimension", "type", "sector", "finding",
      "page", "size", "limit", "q", "institution", "weeks");
  private static final List<String> VALUES = List.of("", "%00", "%ff%fe", "%", "%2", "-1", "0", "1e9",
      "99999999999999999999", "2025-W99", "0000-W00", "%27%20or%201%3D1--", "%3Cscript%3E", "..%2F..%2Fetc%2Fpasswd",
      "a".repeat(3000), "%E2%80%AE", "NaN", "true", "[]", "%7B%7D", "DEMI", "1", "format", "observatorio", "%20%20");

  @Test
  void noHostileRequestGetsA5xx() throws Exception {
    String base = "http://127.0.0.1:" + SharedDemo.get().port();
    // HTTP/1.1 (no h2c upgrade) and a hard bound per request: the JDK client was once seen waiting for ever
    // on one of these requests although the server had answered and its own timeout was set.
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
    Random random = new Random(20251126L);
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      String route = ROUTES.get(random.nextInt(ROUTES.size()))
          .replace("{c}", VALUES.get(random.nextInt(VALUES.size())).replace("%2F", "x"));
      StringBuilder uri = new StringBuilder(route.isEmpty() ? "/" : route).append('?');
      for (int k = random.nextInt(4); k >= 0; k--) {
        uri.append(PARAMS.get(random.nextInt(PARAMS.size()))).append('=')
            .append(VALUES.get(random.nextInt(VALUES.size()))).append('&');
      }
      URI target;
      try {
        target = URI.create(base + uri.toString().replace("//", "/x/").replace("http:/x/", "http://"));
      } catch (IllegalArgumentException e) {
        continue;
      }
      HttpResponse<String> r = http.sendAsync(HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(20)).GET()
          .build(), HttpResponse.BodyHandlers.ofString()).get(30, java.util.concurrent.TimeUnit.SECONDS);
      boolean problem = r.headers().firstValue("content-type").orElse("").startsWith("application/problem+json");
      if (r.statusCode() >= 500 || (r.statusCode() >= 400 && !problem)) {
        failures.add(r.statusCode() + " " + target);
      }
    }
    assertThat(failures).isEmpty();
  }
}
