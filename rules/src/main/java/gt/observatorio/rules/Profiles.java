package gt.observatorio.rules;

import gt.observatorio.engine.port.Scorer;
import gt.observatorio.rules.ruleset.RuleSetDefinition;
import gt.observatorio.rules.ruleset.RuleSetException;
import gt.observatorio.rules.ruleset.RuleSetLoader;
import gt.observatorio.rules.ruleset.RuleSetScorer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The scoring profiles: the built-in rule sets under {@code rulesets/} (listed in
 * {@code rulesets/profiles.txt}) and the {@code <profile>.yaml} files of a user directory, which
 * add profiles or override built-in ones (wholly, or with {@code extends:} rule by rule).
 */
public final class Profiles {
  private static final String DIR = "rulesets/";
  private static final java.util.Map<String, RuleSetDefinition> BUILT_IN =
      new java.util.concurrent.ConcurrentHashMap<>();

  private Profiles() {}

  /** The built-in profile names. */
  public static List<String> available() {
    return List.copyOf(builtIn());
  }

  /** The built-in profile names and those of the user directory, sorted. */
  public static List<String> available(Optional<Path> userDir) {
    TreeSet<String> out = new TreeSet<>(builtIn());
    userDir.filter(Files::isDirectory).ifPresent(dir -> {
      try (Stream<Path> files = Files.list(dir)) {
        files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
            .forEach(n -> out.add(n.substring(0, n.length() - 5)));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list " + dir, e);
      }
    });
    return List.copyOf(out);
  }

  /** A scorer for a profile; fails with {@link RuleSetException} naming file, line, rule and reason. */
  public static Scorer load(String profile, Optional<Path> userDir) {
    return new RuleSetScorer(definition(profile, userDir));
  }

  /** The loaded rule set of a profile, e.g. for the methodology page. */
  public static RuleSetDefinition definition(String profile, Optional<Path> userDir) {
    RuleSetLoader loader = new RuleSetLoader();
    Optional<Path> user = userDir.map(d -> d.resolve(profile + ".yaml")).filter(Files::isRegularFile);
    RuleSetDefinition def;
    if (user.isPresent()) {
      def = loader.load(user.get().toString(), read(user.get()), Profiles::builtInDefinition);
    } else {
      def = builtInDefinition(profile);
      if (def == null) {
        throw new IllegalArgumentException("unknown profile '" + profile + "'; available: "
            + String.join(", ", available(userDir)));
      }
    }
    String origin = def.origin();
    if (!profile.equals(def.info().profile())) {
      throw new RuleSetException(List.of(new RuleSetException.Problem(origin, 0, null,
          "profile '" + def.info().profile() + "' does not match the file name '" + profile + ".yaml'")));
    }
    return def;
  }

  private static RuleSetDefinition builtInDefinition(String profile) {
    if (!builtIn().contains(profile)) {
      return null;
    }
    return BUILT_IN.computeIfAbsent(profile, Profiles::readBuiltIn);
  }

  private static RuleSetDefinition readBuiltIn(String profile) {
    String resource = DIR + profile + ".yaml";
    try (InputStream in = Profiles.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("built-in rule set missing: " + resource);
      }
      return new RuleSetLoader().load(resource, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static TreeSet<String> builtIn() {
    try (InputStream in = Profiles.class.getClassLoader().getResourceAsStream(DIR + "profiles.txt")) {
      TreeSet<String> out = new TreeSet<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.strip());
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
