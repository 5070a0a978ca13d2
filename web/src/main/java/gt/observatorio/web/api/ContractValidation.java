package gt.observatorio.web.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.openapi.contract.OpenAPIContract;
import io.vertx.core.json.Json;
import io.vertx.json.schema.common.dsl.SchemaType;
import io.vertx.openapi.contract.Location;
import io.vertx.openapi.contract.Operation;
import io.vertx.openapi.contract.Parameter;
import io.vertx.openapi.validation.RequestUtils;
import io.vertx.openapi.validation.RequestValidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Validates requests of the read-only and admin APIs against the OpenAPI document served at
 * {@code /api/openapi.yaml} (parameters: types, patterns, ranges, enums, required). A request that
 * does not conform is a 400 problem; one the document does not describe passes to its route.
 */
final class ContractValidation {
  private static final Logger LOG = LoggerFactory.getLogger(ContractValidation.class);
  private final Future<OpenAPIContract> contract;
  private final Future<RequestValidator> validator;

  ContractValidation(Vertx vertx, Buffer yaml) {
    this.contract = OpenAPIContract.from(vertx, forRequests(yaml))
        .onFailure(e -> LOG.error("the OpenAPI document is invalid: {}", e.getMessage()));
    this.validator = contract.map(c -> RequestValidator.create(vertx, c));
  }

  /**
   * The document without the media types of responses: the validator supports only a few (not CSV,
   * Turtle, JSON-LD or problem+json) and requests are all it checks. Request bodies (admin API: JSON
   * and YAML) are left out too: their handlers check them and answer 400, 415 or 422 with reasons.
   */
  static JsonObject forRequests(Buffer yaml) {
    JsonObject doc;
    try {
      doc = new JsonObject(new ObjectMapper(new YAMLFactory()).readValue(yaml.getBytes(), Map.class));
    } catch (IOException e) {
      throw new UncheckedIOException("openapi.yaml is not YAML", e);
    }
    for (String path : doc.getJsonObject("paths").fieldNames()) {
      JsonObject item = doc.getJsonObject("paths").getJsonObject(path);
      for (String method : item.fieldNames()) {
        item.getJsonObject(method).remove("requestBody");
        JsonObject responses = item.getJsonObject(method).getJsonObject("responses", new JsonObject());
        responses.forEach(r -> ((JsonObject) r.getValue()).remove("content"));
      }
    }
    JsonObject shared = doc.getJsonObject("components", new JsonObject()).getJsonObject("responses", new JsonObject());
    shared.forEach(r -> ((JsonObject) r.getValue()).remove("content"));
    return doc;
  }

  /** The contract, once loaded (fails when the document is invalid). */
  Future<OpenAPIContract> contract() {
    return contract;
  }

  void handle(RoutingContext ctx) {
    if (validator.failed()) {
      ctx.fail(new IllegalStateException("OpenAPI contract not loaded", validator.cause()));
      return;
    }
    validator.compose(v -> {
      Operation op = contract.result().findOperation(ctx.normalizedPath(), ctx.request().method());
      if (op == null) {
        return Future.succeededFuture();
      }
      return RequestUtils.extract(reencodedParams(ctx.request(), op), op, () -> Future.succeededFuture(Buffer.buffer()))
          .compose(req -> v.validate(req, op.getOperationId())).mapEmpty();
    }).onSuccess(x -> ctx.next()).onFailure(e -> ctx.fail(ApiException.badRequest(
        "La solicitud no cumple el contrato OpenAPI (/api/openapi.yaml): " + clip(e.getMessage()),
        "The request does not conform to the OpenAPI contract (/api/openapi.yaml): " + clip(e.getMessage()))));
  }

  /**
   * The request as vertx-openapi 5.0.10 needs it to read free text: it URL-decodes query values that
   * Vert.x already decoded (eclipse-vertx/vertx-openapi#117), so "%" or "100%" failed, and it reads a
   * string parameter as JSON first, so "2025", a quote or a backslash failed too. Its query values are
   * given as it expects them: string parameters as JSON strings, all of them URL-encoded once more.
   */
  static HttpServerRequest reencodedParams(HttpServerRequest request, Operation op) {
    Set<String> strings = new HashSet<>();
    for (Parameter p : op.getParameters()) {
      if (p.getIn() == Location.QUERY && p.getSchemaType() == SchemaType.STRING) {
        strings.add(p.getName());
      }
    }
    MultiMap encoded = MultiMap.caseInsensitiveMultiMap();
    request.params().forEach(e -> encoded.add(e.getKey(), URLEncoder.encode(
        strings.contains(e.getKey()) ? Json.encode(e.getValue()) : e.getValue(), StandardCharsets.UTF_8)));
    return (HttpServerRequest) Proxy.newProxyInstance(HttpServerRequest.class.getClassLoader(),
        new Class<?>[] {HttpServerRequest.class}, (proxy, method, args) -> {
          if (method.getName().equals("params")) {
            return encoded;
          }
          try {
            return method.invoke(request, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  private static String clip(String s) {
    String t = s == null ? "" : s.replaceAll("\\p{Cntrl}", "?");
    return t.length() > 300 ? t.substring(0, 300) + "…" : t;
  }
}
