package gt.observatorio.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

/** The simulated marker keeps each export valid: a last CSV column, a JSON member, a Turtle comment. */
class SimulatedMarkTest {
  @Test
  void everyCsvRecordGetsTheMarkerColumnAndQuotedLineBreaksStayInsideTheirCell() {
    String csv = "\uFEFF\"a\",\"b\"\r\n\"1\",\"line one\r\nline two\"\r\n2,\"say \"\"hi\"\"\"\r\n";
    assertThat(SimulatedMark.csv(csv)).isEqualTo("\uFEFF\"a\",\"b\",\"simulado / simulated\"\r\n"
        + "\"1\",\"line one\r\nline two\",\"sí / yes\"\r\n2,\"say \"\"hi\"\"\",\"sí / yes\"\r\n");
    assertThat(SimulatedMark.csv("x,y\n1,2")).isEqualTo("x,y,\"simulado / simulated\"\n1,2,\"sí / yes\"");
    assertThat(SimulatedMark.csv("")).isEmpty();
  }

  @Test
  void jsonGetsAMemberAndTurtleAComment() {
    Body json = SimulatedMark.body(Body.json(new JsonObject().put("week", "2025-W02")));
    assertThat(new JsonObject(json.bytes())).isEqualTo(new JsonObject().put("week", "2025-W02").put("simulated", true));
    Body ttl = SimulatedMark.body(new Body("text/turtle; charset=utf-8", Buffer.buffer("@prefix dqv: <x> .\n"), "f.ttl"));
    assertThat(ttl.bytes().toString()).startsWith("# Datos simulados (demo) / Simulated data (demo)\n@prefix");
    assertThat(ttl.fileName()).isEqualTo("f.ttl");
    Body yaml = new Body("application/yaml", Buffer.buffer("a: 1"), null);
    assertThat(SimulatedMark.body(yaml)).isSameAs(yaml);
  }
}
