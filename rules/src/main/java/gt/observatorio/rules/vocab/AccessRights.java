package gt.observatorio.rules.vocab;

import gt.observatorio.engine.vocab.Csv;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The EU access-right vocabulary (PUBLIC, RESTRICTED, NON_PUBLIC) and the spellings portals write. */
public final class AccessRights {
  private final Map<String, String> codes = new HashMap<>();
  private final Lookup<String> byAny = new Lookup<>(Keys::normalize);
  private final Memo<String, String> alignedMemo = new Memo<>(50_000);

  AccessRights(List<Map<String, String>> rows) {
    for (Map<String, String> row : rows) {
      String code = row.get("code");
      codes.put(code, row.get("eu_uri"));
      byAny.put(code, code);
      Csv.items(row.get("aliases")).forEach(a -> byAny.put(a, code));
    }
  }

  /** The EU code a value names (by code, URI or alias), or null. */
  public String resolve(String declared) {
    if (declared == null || declared.isBlank()) {
      return null;
    }
    return Keys.isUri(declared) ? aligned(declared) : byAny.get(declared);
  }

  /** The EU code when the value is an EU access-right code or URI exactly, else null. */
  public String aligned(String declared) {
    return declared == null ? null : alignedMemo.get(declared, this, (d, self) -> self.alignedCode(d));
  }

  private String alignedCode(String declared) {
    if (Keys.isUri(declared)) {
      String code = Keys.lastSegment(declared);
      return declared.contains("publications.europa.eu/resource/authority/access-right/")
          && codes.containsKey(code) ? code : null;
    }
    String code = declared.strip().toUpperCase(Locale.ROOT);
    return codes.containsKey(code) ? code : null;
  }
}
