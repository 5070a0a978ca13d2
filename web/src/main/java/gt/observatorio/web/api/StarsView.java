package gt.observatorio.web.api;

import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.ProbeResult;
import gt.observatorio.rules.builtin.stars.StarLadder;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** A distribution's five-star ladder as the API gives it (schema {@code StarLadder} in openapi.yaml). */
final class StarsView {
  /** The rule whose profiles get the ladder. */
  static final String RULE = "stars.openness";

  private StarsView() {}

  static JsonObject ladder(Dataset dataset, int index, ProbeResult probe) {
    StarLadder l = StarLadder.of(dataset, index, probe);
    JsonArray steps = new JsonArray();
    for (StarLadder.Step s : l.steps()) {
      steps.add(new JsonObject().put("star", s.star()).put("requirement", s.requirement()).put("met", s.met())
          .put("requirementMet", s.requirementMet()).put("basis", s.basis()).put("observed", s.observed())
          .put("evidence", s.evidence()));
    }
    return new JsonObject().put("count", l.stars()).put("steps", steps);
  }
}
