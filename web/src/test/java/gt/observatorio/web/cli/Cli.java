package gt.observatorio.web.cli;

import io.vertx.core.json.JsonObject;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;

/** Runs the {@code observatory} command line in-process and keeps what it printed. */
final class Cli {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  /** Runs one command; the exit code. */
  int run(String... args) {
    CommandLine cl = ObservatoryCommand.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  String out() {
    return out.toString();
  }

  String err() {
    return err.toString();
  }

  /** The lines of standard output that are JSON objects. */
  List<JsonObject> jsonLines() {
    return Arrays.stream(out().split("\n")).filter(l -> l.startsWith("{")).map(JsonObject::new).toList();
  }
}
