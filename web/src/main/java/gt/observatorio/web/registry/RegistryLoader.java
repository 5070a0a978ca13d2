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
import gt.observatorio.engine.schedule.SchedulerConfig;
import gt.observatorio.web.registry.RegistryFile.InstitutionEntry;
import gt.observatorio.web.registry.RegistryFile.SourceEntry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.stream.Collectors;

/**
 * Reads a registry YAML file. Every error names the file, the key (e.g. {@code sources[3].kind})
 * and the reason.
 */
public final class RegistryLoader {
  public static final String SHIPPED = "registry.yaml";
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

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

  /**
   * The registry at {@code file} (or the shipped one), refused when a source's cron fires more often
   * than {@code scheduler.minCrawlIntervalSeconds} in the scheduler's time zone, as the editor API refuses it.
   */
  public static Registry load(String file, SchedulerConfig scheduler) {
    Registry registry = load(file);
    String origin = file == null || file.isBlank() ? "classpath:" + SHIPPED : Path.of(file).toString();
    RegistryChecks.cronsSpaced(registry.sources(), new Fields(origin),
        TimeZone.getTimeZone(scheduler.timeZone()), scheduler.minCrawlIntervalSeconds());
    return registry;
  }

  /** The names of the types and sectors of the registry at {@code file} (or the shipped one). */
  public static RegistryNames names(String file) {
    boolean shipped = file == null || file.isBlank();
    String origin = shipped ? "classpath:" + SHIPPED : Path.of(file).toString();
    try (InputStream in = shipped ? RegistryLoader.class.getClassLoader().getResourceAsStream(SHIPPED)
        : Files.newInputStream(Path.of(file))) {
      return RegistryNames.of(read(in.readAllBytes(), origin));
    } catch (IOException e) {
      throw new ConfigException(origin, null, "cannot be read: " + e.getMessage(), e);
    }
  }

  /** Parses and validates registry bytes; {@code origin} names the file in errors. */
  public static Registry parse(byte[] yaml, String origin) {
    RegistryFile raw = read(yaml, origin);
    if (raw == null || raw.institutions() == null || raw.institutions().isEmpty()) {
      throw new ConfigException(origin, "institutions", "must list at least one institution");
    }
    Fields f = new Fields(origin);
    Map<String, Evidence> evidence = new HashMap<>();
    List<Institution> institutions = institutions(raw, f, evidence);
    return new Registry(institutions, sources(raw, f, evidence), evidence, contacts(raw, f));
  }

  private static RegistryFile read(byte[] yaml, String origin) {
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
    return raw;
  }

  /** Each institution's contacts (e-mail addresses for digests), checked for shape. */
  private static Map<String, List<String>> contacts(RegistryFile raw, Fields f) {
    Map<String, List<String>> out = new HashMap<>();
    for (int i = 0; i < raw.institutions().size(); i++) {
      InstitutionEntry e = raw.institutions().get(i);
      List<String> list = e.contacts() == null ? List.of() : e.contacts();
      for (int c = 0; c < list.size(); c++) {
        String key = "institutions[" + i + "].contacts[" + c + "]";
        f.require(key, list.get(c));
        if (!list.get(c).strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
          throw f.error(key, "is not an e-mail address");
        }
      }
      if (!list.isEmpty()) {
        out.put(e.code(), list.stream().map(String::strip).toList());
      }
    }
    return out;
  }

  private static List<Institution> institutions(RegistryFile raw, Fields f, Map<String, Evidence> evidence) {
    Set<String> codes = raw.institutions().stream().map(InstitutionEntry::code).collect(Collectors.toSet());
    List<Institution> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < raw.institutions().size(); i++) {
      InstitutionEntry e = raw.institutions().get(i);
      String key = "institutions[" + i + "]";
      f.require(key + ".code", e.code());
      f.require(key + ".name", e.name());
      if (!e.code().matches("[A-Z0-9][A-Z0-9_-]{1,31}")) {
        throw f.error(key + ".code", "must be 2-32 upper-case letters, digits, '-' or '_': " + e.code());
      }
      if (!seen.add(e.code())) {
        throw f.error(key + ".code", "duplicate institution code " + e.code());
      }
      String website = e.website() == null ? null : f.url(key + ".website", e.website()).toString();
      List<String> aliases = e.aliases() == null ? List.of() : e.aliases();
      for (int a = 0; a < aliases.size(); a++) {
        f.require(key + ".aliases[" + a + "]", aliases.get(a));
      }
      Institution.Lineage lineage = null;
      if (e.replaces() != null) {
        f.require(key + ".replaces.code", e.replaces().code());
        if (!codes.contains(e.replaces().code()) || e.replaces().code().equals(e.code())) {
          throw f.error(key + ".replaces.code", "must name another institution declared under institutions: "
              + e.replaces().code());
        }
        lineage = new Institution.Lineage(e.replaces().code(), f.date(key + ".replaces.since", e.replaces().since()));
        f.evidence(key + ".replaces.evidence", e.replaces().evidence()).ifPresent(
            ev -> evidence.put("replacement:" + e.code(), ev));
      }
      f.evidence(key + ".evidence", e.evidence()).ifPresent(ev -> evidence.put("institution:" + e.code(), ev));
      out.add(new Institution(e.code(), e.name(), e.type(), e.sector(), e.acronym(), website, aliases, lineage));
    }
    RegistryChecks.noCycles(out, f);
    RegistryChecks.namesAreUnambiguous(out, f);
    return out;
  }

  private static List<Source> sources(RegistryFile raw, Fields f, Map<String, Evidence> evidence) {
    Set<String> codes = raw.institutions().stream().map(InstitutionEntry::code).collect(Collectors.toSet());
    List<SourceEntry> entries = raw.sources() == null ? List.of() : raw.sources();
    List<Source> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < entries.size(); i++) {
      SourceEntry e = entries.get(i);
      String key = "sources[" + i + "]";
      f.require(key + ".id", e.id());
      f.require(key + ".url", e.url());
      if (!ids.add(e.id())) {
        throw f.error(key + ".id", "duplicate source id " + e.id());
      }
      if (!codes.contains(e.institution())) {
        throw f.error(key + ".institution", "unknown institution '" + e.institution()
            + "'; declare it under institutions");
      }
      String kind;
      try {
        kind = CatalogKinds.require(e.kind() == null ? "auto" : e.kind());
      } catch (IllegalArgumentException ex) {
        throw new ConfigException(f.origin(), key + ".kind", ex.getMessage(), ex);
      }
      if (e.cron() != null && CrawlScheduler.cronProblem(e.cron()).isPresent()) {
        throw f.error(key + ".cron", "not a valid Quartz cron expression: " + e.cron());
      }
      if (e.organization() != null && !"ckan".equals(kind)) {
        throw f.error(key + ".organization", "only a source of kind ckan can be limited to one organization");
      }
      f.evidence(key + ".evidence", e.evidence()).ifPresent(ev -> evidence.put("source:" + e.id(), ev));
      out.add(new Source(e.id(), e.institution(), f.url(key + ".url", e.url()), kind, e.cron(),
          Boolean.TRUE.equals(e.shared()), e.organization()));
    }
    return out;
  }
}
