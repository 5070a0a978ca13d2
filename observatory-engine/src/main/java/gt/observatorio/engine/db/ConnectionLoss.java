package gt.observatorio.engine.db;

import io.vertx.sqlclient.ClosedConnectionException;
import io.vertx.sqlclient.DatabaseException;
import java.net.ConnectException;
import java.net.SocketException;
import java.nio.channels.ClosedChannelException;

/**
 * Tells a failure caused by losing the database (refused or reset connections, a connection closed under a
 * query, the server shutting down or starting) from any other failure, so the HTTP interface can answer 503
 * instead of 500. Pure: it only reads the cause chain.
 */
public final class ConnectionLoss {
  private ConnectionLoss() {}

  /** Whether {@code failure} or one of its causes says the database cannot be reached now. */
  public static boolean causedBy(Throwable failure) {
    int depth = 0;
    for (Throwable c = failure; c != null && depth < 16; c = c.getCause(), depth++) {
      if (c instanceof ConnectException || c instanceof ClosedConnectionException
          || c instanceof ClosedChannelException || c instanceof SocketException) {
        return true;
      }
      if (c instanceof DatabaseException d && d.getSqlState() != null
          && (d.getSqlState().startsWith("08") || d.getSqlState().startsWith("57P"))) {
        return true; // connection exception class, admin shutdown, crash shutdown, cannot connect now
      }
    }
    return false;
  }
}
