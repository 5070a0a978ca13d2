package gt.observatorio.web.cli;

import java.util.Map;

/**
 * Chooses the logging configuration before anything logs: readable text by default, one JSON object
 * per line with {@code --log-format json} or {@code OBSERVATORY_LOG_FORMAT=json}.
 */
final class LogFormat {
  static final String JSON_CONFIG = "logback-json.xml";

  private LogFormat() {}

  static void configure(String[] args, Map<String, String> env) {
    if (System.getProperty("logback.configurationFile") == null && json(args, env)) {
      System.setProperty("logback.configurationFile", JSON_CONFIG);
    }
  }

  static boolean json(String[] args, Map<String, String> env) {
    String format = env.getOrDefault("OBSERVATORY_LOG_FORMAT", "text");
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--log-format") && i + 1 < args.length) {
        format = args[i + 1];
      } else if (args[i].startsWith("--log-format=")) {
        format = args[i].substring("--log-format=".length());
      }
    }
    return "json".equalsIgnoreCase(format);
  }
}
