package gt.observatorio.engine.db;

import gt.observatorio.engine.config.ConfigException;
import io.vertx.pgclient.PgConnectOptions;

/** Where to connect: one description used for JDBC and for the Vert.x client. */
record ConnectionTarget(String host, int port, String database, String user, String password,
    String jdbcUrl, String displayUrl) {

  static ConnectionTarget embedded(int port) {
    String jdbc = "jdbc:postgresql://localhost:" + port + "/postgres";
    return new ConnectionTarget("localhost", port, "postgres", "postgres", "", jdbc, jdbc);
  }

  static ConnectionTarget external(String url, String user, String password) {
    String u = url.trim();
    String uri = u.startsWith("jdbc:") ? u.substring(5) : u;
    PgConnectOptions o;
    try {
      o = PgConnectOptions.fromUri(uri);
    } catch (RuntimeException e) {
      throw new ConfigException("(configuration)", "db.url", "'" + url
          + "' is not a PostgreSQL URL such as postgresql://host:5432/observatorio (" + e.getMessage() + ")", e);
    }
    String usr = user != null && !user.isBlank() ? user : o.getUser();
    String pwd = password != null && !password.isBlank() ? password : o.getPassword();
    String jdbc = "jdbc:postgresql://" + o.getHost() + ":" + o.getPort() + "/" + o.getDatabase();
    return new ConnectionTarget(o.getHost(), o.getPort(), o.getDatabase(), usr, pwd, jdbc, jdbc);
  }

  PgConnectOptions connectOptions() {
    return new PgConnectOptions().setHost(host).setPort(port).setDatabase(database)
        .setUser(user).setPassword(password == null ? "" : password).setCachePreparedStatements(true);
  }
}
