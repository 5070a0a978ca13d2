package gt.observatorio.web.api;

/** A request the API refuses, with its HTTP status and a reason in Spanish and English. */
public final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final String detailEs;

  public ApiException(int status, String detailEs, String detailEn) {
    super(detailEn);
    this.status = status;
    this.detailEs = detailEs;
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
