package gt.observatorio.crawler.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs {@code wrk} (the HTTP load generator) as a subprocess and reads its Requests/sec. */
final class Wrk {
  private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
  private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");

  private Wrk() {}

  /** wrk's measured rate, plus its non-2xx count and the raw summary line. */
  record Result(double requestsPerSecond, long non2xx, String output) {}

  static Result run(String url, int threads, int connections, int seconds, String... headers)
      throws IOException, InterruptedException {
    List<String> cmd = new java.util.ArrayList<>(List.of("wrk", "-t" + threads, "-c" + connections,
        "-d" + seconds + "s"));
    for (String h : headers) {
      cmd.add("-H");
      cmd.add(h);
    }
    cmd.add(url);
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IOException("wrk failed: " + out);
    }
    Matcher m = RATE.matcher(out);
    if (!m.find()) {
      throw new IOException("no Requests/sec in wrk output: " + out);
    }
    Matcher bad = NON_2XX.matcher(out);
    return new Result(Double.parseDouble(m.group(1)), bad.find() ? Long.parseLong(bad.group(1)) : 0, out);
  }
}
