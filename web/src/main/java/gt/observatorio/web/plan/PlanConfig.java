package gt.observatorio.web.plan;

import gt.observatorio.web.oc4ids.Oc4idsSchema;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Settings of the action plan tracker, section {@code plan} of {@code plan-defaults.yaml}.
 *
 * @param file a user plan file overlaid on the shipped plan (evidence URLs, responsibles, dates); empty: none
 */
public record PlanConfig(String oc4idsSchemaDir, String file) {
  public static final String DEFAULTS_RESOURCE = "plan-defaults.yaml";
  public static final String SECTION = "plan";

  /** The official OC4IDS schema when a directory is configured. */
  public Optional<Oc4idsSchema> schema() {
    return Optional.ofNullable(oc4idsSchemaDir).filter(d -> !d.isBlank()).map(d -> Oc4idsSchema.load(Path.of(d)));
  }
}
