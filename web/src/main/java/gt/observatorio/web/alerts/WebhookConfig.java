package gt.observatorio.web.alerts;

/**
 * Section {@code webhooks} of {@code web-defaults.yaml}: how deliveries are retried.
 *
 * @param maxAttempts attempts per event and webhook (the first included)
 * @param initialBackoffMillis wait before the second attempt; each later wait doubles
 * @param timeoutSeconds connect and answer time limit of one attempt
 */
public record WebhookConfig(int maxAttempts, long initialBackoffMillis, int timeoutSeconds) {
  public static final String SECTION = "webhooks";

  /** The wait before attempt {@code next} (2 or more). */
  public long backoffMillis(int next) {
    return initialBackoffMillis << Math.min(20, Math.max(0, next - 2));
  }
}
