package gt.observatorio.web.it;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Blocking calls to the admin API in tests, with a bearer token. */
final class AdminCalls {
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();
  private final String base;

  AdminCalls(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  HttpResponse<String> call(String method, String path, String token, String type, String body) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    if (type != null) {
      b.header("Content-Type", type);
    }
    try {
      return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpResponse<String> yaml(String path, String token, String yaml) {
    return call("POST", path, token, "application/yaml", yaml);
  }

  HttpResponse<String> json(String method, String path, String token, JsonObject body) {
    return call(method, path, token, "application/json", body.encode());
  }

  /** The audit entries with this action, newest first. */
  JsonArray audit(String admin, String action) {
    JsonArray out = new JsonArray();
    new JsonObject(call("GET", "/api/admin/v1/audit?limit=1000", admin, null, null).body()).getJsonArray("entries")
        .stream().map(JsonObject.class::cast).filter(e -> action.equals(e.getString("action"))).forEach(out::add);
    return out;
  }
}
