package gt.observatorio.web.registry;

import gt.observatorio.engine.domain.Institution;
import gt.observatorio.engine.domain.Source;
import java.util.List;
import java.util.Optional;

/** The institutions under observation and their sources. */
public record Registry(List<Institution> institutions, List<Source> sources) {
  public Registry {
    institutions = List.copyOf(institutions);
    sources = List.copyOf(sources);
  }

  public Optional<Source> source(String id) {
    return sources.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  public List<Source> sourcesOf(String institutionCode) {
    return sources.stream().filter(s -> s.institutionCode().equals(institutionCode)).toList();
  }
}
