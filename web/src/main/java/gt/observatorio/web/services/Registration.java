package gt.observatorio.web.services;

import gt.observatorio.engine.domain.Source;
import gt.observatorio.engine.store.Blocking;
import gt.observatorio.engine.store.RegistryRepository;
import gt.observatorio.web.registry.Registry;
import java.util.List;

/** Stores a registry's institutions and sources, and remembers the sources last registered. */
public final class Registration {
  private final RegistryRepository repository;
  private volatile List<Source> sources = List.of();

  public Registration(RegistryRepository repository) {
    this.repository = repository;
  }

  /** Stores the registry's institutions and sources. Blocking. */
  public void register(Registry registry) {
    Blocking.await(repository.upsert(registry.institutions(), registry.sources()));
    sources = registry.sources();
  }

  /** The sources of the registry last registered. */
  public List<Source> sources() {
    return sources;
  }
}
