package gt.observatorio.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import gt.observatorio.engine.db.DbConfig;
import gt.observatorio.engine.store.TokenRepository;
import gt.observatorio.engine.testing.TestDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code token create --role admin} prints a token once and stores only its hash, with the role. */
class TokenCommandTest {
  @Test
  void createPrintsATokenWhoseHashIsStoredWithItsRole() throws Exception {
    DbConfig db = TestDatabase.config();
    Path config = Files.createTempFile("token-test", ".yaml");
    Files.writeString(config, "db:\n  url: \"" + db.url() + "\"\n  user: \"" + db.user() + "\"\n  password: \""
        + db.password() + "\"\n");
    StringWriter out = new StringWriter();
    CommandLine cl = new CommandLine(new TokenCommand());
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(new StringWriter(), true));
    int code = cl.execute("create", "--role", "editor", "--label", "prueba", "--config", config.toString());
    assertThat(code).isZero();
    String token = out.toString().strip();
    assertThat(token).startsWith("obs_").hasSizeGreaterThan(40);
    try (Connection c = TestDatabase.dataSource().getConnection();
         PreparedStatement ps = c.prepareStatement("select role, label from api_token where token_hash = ?")) {
      ps.setString(1, TokenRepository.hash(token));
      try (ResultSet rs = ps.executeQuery()) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString("role")).isEqualTo("editor");
        assertThat(rs.getString("label")).isEqualTo("prueba");
      }
    }
  }

  @Test
  void listShowsTokensWithoutSecretsAndRevokeRefusesTheTokenAtOnce() throws Exception {
    Path config = config();
    String token = run(config, "create", "--role", "editor", "--label", "para-revocar").strip();
    long id;
    try (Connection c = TestDatabase.dataSource().getConnection();
         PreparedStatement ps = c.prepareStatement("select id from api_token where token_hash = ?")) {
      ps.setString(1, TokenRepository.hash(token));
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        id = rs.getLong(1);
      }
    }
    String list = run(config, "list");
    assertThat(list).contains("para-revocar", "editor", String.valueOf(id))
        .doesNotContain(token, TokenRepository.hash(token));
    assertThat(run(config, "revoke", String.valueOf(id))).contains("revocado / revoked");
    String json = run(config, "list", "--json");
    io.vertx.core.json.JsonObject row = new io.vertx.core.json.JsonArray(json).stream()
        .map(io.vertx.core.json.JsonObject.class::cast).filter(o -> o.getLong("id") == id).findFirst().orElseThrow();
    assertThat(row.getString("revokedAt")).isNotNull();
    try (Connection c = TestDatabase.dataSource().getConnection();
         PreparedStatement ps = c.prepareStatement("select count(*) from audit_log where action = 'token.revoke' and target = ?")) {
      ps.setString(1, "api_token/" + id);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(1);
      }
    }
    CommandLine cl = new CommandLine(new TokenCommand());
    cl.setErr(new PrintWriter(new StringWriter(), true));
    cl.setOut(new PrintWriter(new StringWriter(), true));
    assertThat(cl.execute("revoke", "987654321", "--config", config.toString())).isEqualTo(ExitCodes.FAILURE);
  }

  private static Path config() throws Exception {
    DbConfig db = TestDatabase.config();
    Path config = Files.createTempFile("token-test", ".yaml");
    Files.writeString(config, "db:\n  url: \"" + db.url() + "\"\n  user: \"" + db.user() + "\"\n  password: \""
        + db.password() + "\"\n");
    return config;
  }

  private static String run(Path config, String... args) {
    StringWriter out = new StringWriter();
    CommandLine cl = new CommandLine(new TokenCommand());
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(new StringWriter(), true));
    String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args),
        java.util.stream.Stream.of("--config", config.toString())).toArray(String[]::new);
    assertThat(cl.execute(all)).as(String.join(" ", args)).isZero();
    return out.toString();
  }

  @Test
  void anUnknownRoleIsAUsageError() {
    CommandLine cl = new CommandLine(new TokenCommand());
    cl.setErr(new PrintWriter(new StringWriter(), true));
    assertThat(cl.execute("create", "--role", "root")).isEqualTo(ExitCodes.USAGE);
  }
}
