package gt.observatorio.web.demo;

/**
 * How a simulated institution publishes: its starting quality (0-1), how that changes per week,
 * how many datasets it has, and from which week some of its links break (-1: never).
 */
record Persona(String code, double baseQuality, double trendPerWeek, int datasets, int breakFromWeek) {

  double qualityAt(int week) {
    return Math.max(0.05, Math.min(0.98, baseQuality + trendPerWeek * week));
  }

  /** The simulated institutions: some improve, some regress, some stay, one breaks links. */
  static final java.util.List<Persona> ALL = java.util.List.of(
      new Persona("MINTRAB", 0.80, 0.015, 18, -1),
      new Persona("MSPAS", 0.70, -0.030, 22, 4),
      new Persona("MINEDUC", 0.65, 0.020, 20, -1),
      new Persona("SESAN", 0.85, 0.000, 14, -1),
      new Persona("CONAMIGUA", 0.30, 0.060, 8, -1),
      new Persona("MINGOB", 0.55, -0.020, 16, 5),
      new Persona("SEPREM", 0.45, 0.030, 9, -1),
      new Persona("DEMI", 0.25, 0.010, 7, -1),
      new Persona("MIDES", 0.60, 0.000, 12, 3),
      new Persona("MAGA", 0.50, 0.025, 15, -1),
      new Persona("INTECAP", 0.75, -0.015, 11, -1),
      new Persona("SENACYT", 0.90, -0.040, 10, 6),
      new Persona("CONAPREVI", 0.35, 0.000, 6, -1));
}
