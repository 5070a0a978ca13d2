package gt.observatorio.engine.db;

import io.vertx.core.Vertx;

/** A process that starts the embedded database on a directory, says so, and waits to be killed. */
public final class EmbeddedChild {
  private EmbeddedChild() {}

  public static void main(String[] args) throws Exception {
    Database.start(Vertx.vertx(), new DbConfig("", "observatorio", "", args[0], 0, 1));
    System.out.println("ready");
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }
}
