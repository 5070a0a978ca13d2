package gt.observatorio.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.openapi.contract.OpenAPIContract;
import io.vertx.openapi.contract.Operation;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The OpenAPI document the API serves and validates with is a valid OpenAPI 3 contract. */
class OpenApiDocumentTest {
  @Test
  void theDocumentIsAValidContractWithAnOperationIdForEveryOperation() throws Exception {
    Vertx vertx = Vertx.vertx();
    try {
      OpenAPIContract c = new ContractValidation(vertx, ApiRouter.resource("openapi.yaml")).contract()
          .toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
      assertThat(c.operations()).hasSizeGreaterThanOrEqualTo(25);
      assertThat(c.operations()).allSatisfy(o -> assertThat(o.getOperationId()).isNotBlank());
      Operation op = c.findOperation("/api/v1/institutions/DEMI/dqv.ttl", io.vertx.core.http.HttpMethod.GET);
      assertThat(op.getOperationId()).isEqualTo("getInstitutionsCodeDqvTtl");
    } finally {
      vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
  }
}
