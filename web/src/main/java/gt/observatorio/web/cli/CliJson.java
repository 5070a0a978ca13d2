package gt.observatorio.web.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import gt.observatorio.engine.domain.Attribution;
import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.Distribution;
import gt.observatorio.engine.domain.ProbeResult;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON lines the command line prints: one object per dataset, URL or score. */
final class CliJson {
  private static final ObjectMapper MAPPER = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);

  private CliJson() {}

  static String line(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Map<String, Object> dataset(Dataset d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", d.identifier());
    m.put("title", d.title());
    m.put("description", d.description());
    m.put("publisher", d.publisher());
    m.put("contactPoint", d.contactPoint());
    m.put("keywords", d.keywords());
    m.put("themes", d.themes());
    m.put("license", d.license());
    m.put("issued", d.issued());
    m.put("modified", d.modified());
    m.put("accrualPeriodicity", d.accrualPeriodicity());
    m.put("spatial", d.spatial());
    m.put("temporal", d.temporal());
    m.put("accessRights", d.accessRights());
    m.put("landingPage", d.landingPage());
    m.put("distributions", d.distributions().stream().map(CliJson::distribution).toList());
    return m;
  }

  /**
   * A dataset with its attribution: {@code institution} (the code, or null), {@code publisher} as the
   * catalog wrote it, {@code attribution} (matched, ambiguous, unknown) and the closest institutions.
   */
  static Map<String, Object> attributed(Map<String, Object> dataset, Attribution a) {
    Map<String, Object> out = new LinkedHashMap<>(dataset);
    out.put("institution", a.institutionCode());
    out.put("publisher", a.publisher());
    out.put("attribution", a.status().name().toLowerCase(java.util.Locale.ROOT));
    out.put("closest", a.closest());
    return out;
  }

  static Map<String, Object> distribution(Distribution x) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("title", x.title());
    m.put("accessUrl", x.accessUrl());
    m.put("downloadUrl", x.downloadUrl());
    m.put("format", x.format());
    m.put("mediaType", x.mediaType());
    m.put("byteSize", x.byteSize());
    m.put("license", x.license());
    m.put("rights", x.rights());
    m.put("issued", x.issued());
    m.put("modified", x.modified());
    return m;
  }

  static Map<String, Object> probe(ProbeResult p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("url", p.url());
    m.put("outcome", p.outcome().id());
    m.put("httpStatus", p.httpStatus());
    m.put("finalUrl", p.finalUrl());
    m.put("redirectChain", p.redirectChain());
    m.put("declaredContentType", p.declaredContentType());
    m.put("sniffedContentType", p.sniffedContentType());
    m.put("format", p.format());
    m.put("contentLength", p.contentLength());
    m.put("lastModified", p.lastModified());
    m.put("etag", p.etag());
    m.put("tlsValid", p.tlsValid());
    m.put("latencyMillis", p.latencyMillis());
    m.put("checkedAt", p.checkedAt() == null ? null : p.checkedAt().toString());
    m.put("detail", p.detail());
    return m;
  }

  static List<String> lines(List<?> values) {
    return values.stream().map(CliJson::line).toList();
  }
}
