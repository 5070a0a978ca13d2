package gt.observatorio.engine.store;

import io.vertx.sqlclient.Pool;

/**
 * The repositories over one pool, built once by the composition root and handed to the services,
 * commands and routes that use them (none of which builds a repository itself).
 */
public record Stores(RegistryRepository registry, RunRepository runs, PgReadModel read, PublicQueries queries,
    DatasetCatalog catalog, RuleSetRepository ruleSets, TokenRepository tokens, LaipRepository laip,
    PlanRepository plan, MaturityRepository maturity,
    EventRepository events, AttributionRepository attribution, ContestRepository contests,
    SubscriptionRepository subscriptions, DeliveryRepository deliveries,
    PublicationStates publications, WebhookRepository webhooks, HostSlotRepository hostSlots) {

  public static Stores over(Pool pool) {
    return new Stores(new RegistryRepository(pool), new RunRepository(pool), new PgReadModel(pool),
        new PublicQueries(pool), new DatasetCatalog(pool), new RuleSetRepository(pool), new TokenRepository(pool),
        new LaipRepository(pool), new PlanRepository(pool), new MaturityRepository(pool),
        new EventRepository(pool), new AttributionRepository(pool), new ContestRepository(pool),
        new SubscriptionRepository(pool), new DeliveryRepository(pool),
        new PublicationStates(pool), new WebhookRepository(pool), new HostSlotRepository(pool));
  }
}
