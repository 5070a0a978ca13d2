package gt.observatorio.web.services;

import gt.observatorio.engine.db.Database;
import gt.observatorio.engine.db.DatabaseUnavailableException;
import gt.observatorio.engine.db.DbConfig;
import gt.observatorio.engine.store.Blocking;
import gt.observatorio.engine.store.Stores;
import gt.observatorio.web.Settings;
import io.vertx.core.Vertx;

/**
 * The stores alone, without crawler, scorers or server: for commands that only read or write the
 * database ({@code token}). Closing it stops the database and Vert.x.
 */
public final class StoreAccess implements AutoCloseable {
  private final Vertx vertx;
  private final Database db;
  private final Stores stores;

  private StoreAccess(Vertx vertx, Database db) {
    this.vertx = vertx;
    this.db = db;
    this.stores = Stores.over(db.pool());
  }

  /** Starts the database (embedded or external). Blocking. */
  public static StoreAccess open(DbConfig config) {
    Vertx vertx = Vertx.vertx();
    try {
      return new StoreAccess(vertx, Database.start(vertx, config));
    } catch (RuntimeException e) {
      Blocking.await(vertx.close());
      throw e;
    }
  }

  /**
   * Starts the database of the settings on this Vert.x (embedded or external), closing Vert.x when it
   * cannot; an unavailable database names the configuration origin of the key at fault. Blocking.
   */
  public static Database startDatabase(Vertx vertx, Settings settings) {
    try {
      return Database.start(vertx, settings.db());
    } catch (DatabaseUnavailableException e) {
      Blocking.await(vertx.close());
      throw new DatabaseUnavailableException(settings.loader().originOf(e.key()), e.key(), e.reason(), e);
    } catch (RuntimeException e) {
      Blocking.await(vertx.close());
      throw e;
    }
  }

  public Stores stores() {
    return stores;
  }

  @Override
  public void close() {
    try {
      db.close();
    } finally {
      Blocking.await(vertx.close());
    }
  }
}
