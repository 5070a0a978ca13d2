package gt.observatorio.engine.alerts;

import gt.observatorio.engine.domain.Text;

/** What changed between two publications for one institution; each kind has a label in both languages. */
public enum EventKind {
  SCORE_MOVED(Text.of("Cambio de puntaje", "Score changed")),
  DIMENSION_MOVED(Text.of("Cambio de puntaje en una dimensión", "Dimension score changed")),
  RANK_CHANGED(Text.of("Cambio de posición en el ranking", "Rank changed")),
  LINK_BROKEN(Text.of("Enlace roto", "Link broken")),
  LINK_REPAIRED(Text.of("Enlace reparado", "Link repaired")),
  DATASET_OVERDUE(Text.of("Conjunto de datos atrasado", "Dataset overdue")),
  DATASET_DISAPPEARED(Text.of("Conjunto de datos desaparecido", "Dataset disappeared")),
  CATALOG_DROPPED(Text.of("Caída brusca del catálogo", "Sharp catalog drop")),
  FIRST_MEASURED(Text.of("Primera medición publicada", "First measurement published")),
  LAIP_NUMERAL_STALE(Text.of("Numeral del Artículo 10 desactualizado", "Article 10 numeral gone stale")),
  LAIP_NUMERAL_MISSING(Text.of("Numeral del Artículo 10 ausente", "Article 10 numeral missing")),
  PLAN_ACTIVITY_PAST_DUE(Text.of("Actividad del plan vencida", "Plan activity past due")),
  MATURITY_CHANGED(Text.of("Cambio de nivel de madurez", "Maturity level changed"));

  private final Text label;

  EventKind(Text label) {
    this.label = label;
  }

  public Text label() {
    return label;
  }
}
