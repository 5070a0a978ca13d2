package gt.observatorio.engine.alerts;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One change worth telling someone about. The id is derived from the run, kind, institution and subject, so detecting
 * the same change twice yields the same id (feeds and digests stay reproducible; nothing is sent twice).
 */
public record Event(String id, Instant at, String institution, EventKind kind, String subject,
    Map<String, String> evidence, String link) {

  public Event {
    evidence = Map.copyOf(evidence);
  }

  static Event of(String runId, Instant at, String institution, EventKind kind, String subject,
      Map<String, String> evidence, String link) {
    String key = runId + '|' + kind + '|' + institution + '|' + subject;
    String id = UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    return new Event(id, at, institution, kind, subject, evidence, link);
  }
}
