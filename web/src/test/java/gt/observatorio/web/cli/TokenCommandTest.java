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
  void anUnknownRoleIsAUsageError() {
    CommandLine cl = new CommandLine(new TokenCommand());
    cl.setErr(new PrintWriter(new StringWriter(), true));
    assertThat(cl.execute("create", "--role", "root")).isEqualTo(ExitCodes.USAGE);
  }
}
