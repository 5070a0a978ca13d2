package gt.observatorio.web.oc4ids;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The codes of OC4IDS's closed codelists, read once from {@code oc4ids/closed-codelists.csv}. */
public final class Oc4idsCodelists {
  static final String RESOURCE = "oc4ids/closed-codelists.csv";
  private final Map<String, Set<String>> codes;

  private Oc4idsCodelists(Map<String, Set<String>> codes) {
    this.codes = codes;
  }

  public static Oc4idsCodelists load() {
    Map<String, Set<String>> codes = new LinkedHashMap<>();
    try (InputStream in = Oc4idsCodelists.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      CSVFormat f = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true).get();
      for (CSVRecord r : f.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        codes.computeIfAbsent(r.get("codelist"), k -> new LinkedHashSet<>()).add(r.get("code"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Oc4idsCodelists(Map.copyOf(codes));
  }

  /** The codes of a closed codelist, in the documentation's order; empty for an unknown name. */
  public Set<String> codes(String codelist) {
    return codes.getOrDefault(codelist, Set.of());
  }
}
