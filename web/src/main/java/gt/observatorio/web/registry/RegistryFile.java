package gt.observatorio.web.registry;

import java.util.List;
import java.util.Map;

/** The shape of a registry YAML file, as written by a person (see registry.yaml). */
record RegistryFile(List<InstitutionEntry> institutions, List<SourceEntry> sources, Map<String, NameEntry> types,
    Map<String, NameEntry> sectors) {
  /** The name of a type or sector code, in Spanish and English. */
  record NameEntry(String es, String en) {}

  record EvidenceEntry(String page, String read, String note) {}

  record ReplacesEntry(String code, String since, EvidenceEntry evidence) {}

  record InstitutionEntry(String code, String name, String acronym, String type, String sector, String website,
      List<String> aliases, ReplacesEntry replaces, EvidenceEntry evidence, List<String> contacts) {}

  record SourceEntry(String id, String institution, String kind, String url, String cron, Boolean shared,
      String organization, EvidenceEntry evidence) {}
}
