package gt.observatorio.rules.builtin.accessibility;

import gt.observatorio.engine.domain.DatasetSnapshot;
import gt.observatorio.rules.api.Dimension;
import gt.observatorio.engine.domain.Distribution;
import gt.observatorio.engine.domain.Finding;
import gt.observatorio.engine.domain.Severity;
import gt.observatorio.engine.domain.Text;
import gt.observatorio.rules.builtin.Paths;
import gt.observatorio.rules.builtin.PerDistributionRule;

/** Share of distributions with a well-formed absolute http(s) URL to reach them. */
public final class ValidUrlRule extends PerDistributionRule {
  private static final Text INVALID = Text.of("La distribución no tiene una URL válida.",
      "The distribution has no valid URL.");
  private static final Paths.Field URL = Paths.field("url");
  private static final Paths.Field ACCESS_URL = Paths.field("accessUrl");
  private static final Paths.Field DOWNLOAD_URL = Paths.field("downloadUrl");

  public ValidUrlRule() {
    super("accessibility.valid-url", Dimension.ACCESSIBILITY,
        Text.of("URL de acceso bien formada", "Well-formed access URL"),
        Text.of("Una URL incompleta, relativa o con espacios no lleva a ningún lado.",
            "An incomplete or relative URL, or one with spaces, leads nowhere."),
        Text.of("Use URL absolutas que empiecen por https:// y no contengan espacios.",
            "Use absolute URLs that start with https:// and contain no spaces."));
  }

  @Override
  protected Finding check(DatasetSnapshot snapshot, int i, Distribution d) {
    String url = d.probeUrl();
    return wellFormed(url) ? null : finding(Severity.ERROR, INVALID, URL.observed(url),
        "http(s)://host/...", blank(d.downloadUrl()) ? ACCESS_URL.dist(i) : DOWNLOAD_URL.dist(i));
  }

  /** An absolute http(s) URL with a host and no whitespace. */
  public static boolean wellFormed(String url) {
    if (url == null) {
      return false;
    }
    String u = url.strip();
    int start;
    if (u.regionMatches(true, 0, "https://", 0, 8)) {
      start = 8;
    } else if (u.regionMatches(true, 0, "http://", 0, 7)) {
      start = 7;
    } else {
      return false;
    }
    if (u.length() <= start || u.charAt(start) == '/' || u.charAt(start) == '.') {
      return false;
    }
    for (int i = start; i < u.length(); i++) {
      char c = u.charAt(i);
      if (c <= ' ' || c == '"' || c == '<' || c == '>' || c == '\\') {
        return false;
      }
    }
    return true;
  }
}
