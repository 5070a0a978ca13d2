package gt.observatorio.web.api;

/** A request the API refuses, with its HTTP status and a reason in Spanish and English. */
public final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final String detailEs;
  private final transient io.vertx.core.json.JsonObject extensions;

  public ApiException(int status, String detailEs, String detailEn) {
    this(status, detailEs, detailEn, null);
  }

  /** A refusal whose problem document carries more members (RFC 9457 extensions), e.g. {@code problems}. */
  public ApiException(int status, String detailEs, String detailEn, io.vertx.core.json.JsonObject extensions) {
    super(detailEn);
    this.status = status;
    this.detailEs = detailEs;
    this.extensions = extensions;
  }

  /** Extra members of the problem document, or null. */
  public io.vertx.core.json.JsonObject extensions() {
    return extensions;
  }

  public int status() {
    return status;
  }

  public String detailEs() {
    return detailEs;
  }

  public static ApiException badRequest(String es, String en) {
    return new ApiException(400, es, en);
  }

  public static ApiException notFound(String es, String en) {
    return new ApiException(404, es, en);
  }
}
