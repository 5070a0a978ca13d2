package gt.observatorio.engine.maturity;

import gt.observatorio.engine.domain.Text;
import java.util.ArrayList;
import java.util.List;

/** Small maturity models built in code for the engine's tests (the file format is tested in rules). */
public final class Models {
  private Models() {}

  static final Text T = Text.of("t", "t");

  public static KeyDataset key(String id, boolean duty, List<String> institutions, List<String> sectors,
      String... terms) {
    return new KeyDataset(id, T, List.of(), sectors, institutions, List.of(terms), List.of(), duty, "odin", null);
  }

  public static List<MaturityLevel> levels() {
    List<MaturityLevel> out = new ArrayList<>();
    String[] ids = {"inicial", "en-desarrollo", "definido", "gestionado", "optimizado"};
    for (int i = 0; i < ids.length; i++) {
      out.add(new MaturityLevel(i + 1, ids[i], T, T));
    }
    return out;
  }

  public static MaturityModel withKeys(KeyDataset... keys) {
    return new MaturityModel("m", "1", "h", T, T, levels(), List.of(), List.of(), List.of(keys), List.of());
  }

  public static MaturityModel model(String version, List<String> dimensions, List<Criterion> criteria,
      KeyDataset... keys) {
    return new MaturityModel("m", version, "hash-" + version, T, T, levels(),
        dimensions.stream().map(d -> new MaturityDimension(d, T, T)).toList(), criteria, List.of(keys), List.of());
  }
}
