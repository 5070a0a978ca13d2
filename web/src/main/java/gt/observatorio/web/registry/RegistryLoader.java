package gt.observatorio.web.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import gt.observatorio.crawler.CatalogKinds;
import gt.observatorio.engine.config.ConfigException;
import gt.observatorio.engine.domain.Institution;
import gt.observatorio.engine.domain.Source;
import gt.observatorio.engine.schedule.CrawlScheduler;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a registry YAML file. Every error names the file, the key (e.g. {@code sources[3].kind})
 * and the reason.
 */
public final class RegistryLoader {
  public static final String SHIPPED = "registry.yaml";
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  record InstitutionEntry(String code, String name, String type, String sector) {}

  record SourceEntry(String id, String institution, String kind, String url, String cron) {}

  record RegistryFile(List<InstitutionEntry> institutions, List<SourceEntry> sources) {}

  private RegistryLoader() {}

  /** The registry shipped with the observatory. */
  public static Registry shipped() {
    try (InputStream in = RegistryLoader.class.getClassLoader().getResourceAsStream(SHIPPED)) {
      return parse(in.readAllBytes(), "classpath:" + SHIPPED);
    } catch (IOException e) {
      throw new ConfigException("classpath:" + SHIPPED, null, "cannot be read: " + e.getMessage(), e);
    }
  }

  /** The registry at {@code file}, or the shipped one when {@code file} is blank. */
  public static Registry load(String file) {
    if (file == null || file.isBlank()) {
      return shipped();
    }
    Path path = Path.of(file);
    try {
      return parse(Files.readAllBytes(path), path.toString());
    } catch (IOException e) {
      throw new ConfigException(path.toString(), null, "cannot be read: " + e.getMessage(), e);
    }
  }

  /** Parses and validates registry bytes; {@code origin} names the file in errors. */
  public static Registry parse(byte[] yaml, String origin) {
    RegistryFile raw;
    try {
      raw = YAML.readValue(yaml, RegistryFile.class);
    } catch (JsonMappingException e) {
      String key = e.getPath().stream()
          .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
          .collect(Collectors.joining()).replaceFirst("^\\.", "");
      throw new ConfigException(origin, key, e.getOriginalMessage()
          + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"), e);
    } catch (JsonProcessingException e) {
      throw new ConfigException(origin, null, "is not valid YAML: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new ConfigException(origin, null, "cannot be read: " + e.getMessage(), e);
    }
    if (raw == null || raw.institutions() == null || raw.institutions().isEmpty()) {
      throw new ConfigException(origin, "institutions", "must list at least one institution");
    }
    return new Registry(institutions(raw, origin), sources(raw, origin));
  }

  private static List<Institution> institutions(RegistryFile raw, String origin) {
    List<Institution> out = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < raw.institutions().size(); i++) {
      InstitutionEntry e = raw.institutions().get(i);
      String key = "institutions[" + i + "]";
      require(origin, key + ".code", e.code());
      require(origin, key + ".name", e.name());
      if (!e.code().matches("[A-Z0-9][A-Z0-9_-]{1,31}")) {
        throw new ConfigException(origin, key + ".code", "must be 2-32 upper-case letters, digits, '-' or '_': " + e.code());
      }
      if (!codes.add(e.code())) {
        throw new ConfigException(origin, key + ".code", "duplicate institution code " + e.code());
      }
      out.add(new Institution(e.code(), e.name(), e.type(), e.sector()));
    }
    return out;
  }

  private static List<Source> sources(RegistryFile raw, String origin) {
    Set<String> codes = raw.institutions().stream().map(InstitutionEntry::code).collect(Collectors.toSet());
    List<SourceEntry> entries = raw.sources() == null ? List.of() : raw.sources();
    List<Source> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < entries.size(); i++) {
      SourceEntry e = entries.get(i);
      String key = "sources[" + i + "]";
      require(origin, key + ".id", e.id());
      require(origin, key + ".url", e.url());
      if (!ids.add(e.id())) {
        throw new ConfigException(origin, key + ".id", "duplicate source id " + e.id());
      }
      if (!codes.contains(e.institution())) {
        throw new ConfigException(origin, key + ".institution", "unknown institution '" + e.institution()
            + "'; declare it under institutions");
      }
      String kind;
      try {
        kind = CatalogKinds.require(e.kind() == null ? "auto" : e.kind());
      } catch (IllegalArgumentException ex) {
        throw new ConfigException(origin, key + ".kind", ex.getMessage(), ex);
      }
      if (e.cron() != null && CrawlScheduler.cronProblem(e.cron()).isPresent()) {
        throw new ConfigException(origin, key + ".cron", "not a valid Quartz cron expression: " + e.cron());
      }
      out.add(new Source(e.id(), e.institution(), url(origin, key + ".url", e.url()), kind, e.cron()));
    }
    return out;
  }

  private static URI url(String origin, String key, String text) {
    try {
      URI uri = new URI(text.trim());
      if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
        throw new ConfigException(origin, key, "must be an absolute http(s) URL: " + text);
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new ConfigException(origin, key, "not a valid URL: " + e.getMessage(), e);
    }
  }

  private static void require(String origin, String key, String value) {
    if (value == null || value.isBlank()) {
      throw new ConfigException(origin, key, "is required");
    }
  }
}
