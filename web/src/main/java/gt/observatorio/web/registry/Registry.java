package gt.observatorio.web.registry;

import gt.observatorio.engine.domain.Institution;
import gt.observatorio.engine.domain.Source;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The institutions under observation and their sources.
 *
 * @param evidence where the facts of each institution ({@code institution:CODE}) and source ({@code source:ID})
 *     were found
 * @param contacts the e-mail addresses that receive each institution's digests and alerts, by code (never published)
 */
public record Registry(List<Institution> institutions, List<Source> sources, Map<String, Evidence> evidence,
    Map<String, List<String>> contacts) {
  public Registry {
    institutions = List.copyOf(institutions);
    sources = List.copyOf(sources);
    evidence = Map.copyOf(evidence);
    contacts = Map.copyOf(contacts);
  }

  public Registry(List<Institution> institutions, List<Source> sources, Map<String, Evidence> evidence) {
    this(institutions, sources, evidence, Map.of());
  }

  public Registry(List<Institution> institutions, List<Source> sources) {
    this(institutions, sources, Map.of());
  }

  public Optional<Source> source(String id) {
    return sources.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  public Optional<Institution> institution(String code) {
    return institutions.stream().filter(i -> i.code().equals(code)).findFirst();
  }

  public List<Source> sourcesOf(String institutionCode) {
    return sources.stream().filter(s -> s.institutionCode().equals(institutionCode)).toList();
  }

  public Optional<Evidence> institutionEvidence(String code) {
    return Optional.ofNullable(evidence.get("institution:" + code));
  }

  public Optional<Evidence> sourceEvidence(String id) {
    return Optional.ofNullable(evidence.get("source:" + id));
  }
}
