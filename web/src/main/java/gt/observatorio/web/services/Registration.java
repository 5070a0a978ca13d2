package gt.observatorio.web.services;

import gt.observatorio.engine.domain.Source;
import gt.observatorio.engine.store.Blocking;
import gt.observatorio.engine.store.RegistryRepository;
import gt.observatorio.engine.store.SubscriptionRepository;
import gt.observatorio.web.registry.Registry;
import java.time.Clock;
import java.util.List;

/** Stores a registry's institutions, sources and contacts, and remembers the sources last registered. */
public final class Registration {
  private final RegistryRepository repository;
  private final SubscriptionRepository subscriptions;
  private final Clock clock;
  private volatile List<Source> sources = List.of();

  public Registration(RegistryRepository repository, SubscriptionRepository subscriptions, Clock clock) {
    this.repository = repository;
    this.subscriptions = subscriptions;
    this.clock = clock;
  }

  /** Stores the registry's institutions and sources, and makes its contacts digest subscribers. Blocking. */
  public void register(Registry registry) {
    Blocking.await(repository.upsert(registry.institutions(), registry.sources()));
    Blocking.await(subscriptions.syncContacts(registry.contacts(), clock.instant()));
    sources = registry.sources();
  }

  /** The sources of the registry last registered. */
  public List<Source> sources() {
    return sources;
  }
}
