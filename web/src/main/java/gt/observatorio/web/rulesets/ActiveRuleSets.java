package gt.observatorio.web.rulesets;

import gt.observatorio.engine.port.Scorer;
import gt.observatorio.engine.store.StoredRuleSet;
import gt.observatorio.rules.Profiles;
import gt.observatorio.rules.RulesConfig;
import gt.observatorio.rules.ruleset.RuleSetDefinition;
import gt.observatorio.rules.ruleset.RuleSetException;
import gt.observatorio.rules.ruleset.RuleSetLoader;
import gt.observatorio.rules.ruleset.RuleSetScorer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rule set each profile scores with: the shipped one (built in, or the user directory's file)
 * unless a version stored through the admin API is active. Swaps are atomic per profile.
 */
public final class ActiveRuleSets {
  private static final Logger LOG = LoggerFactory.getLogger(ActiveRuleSets.class);

  /** What a profile scores with now; {@code stored} is null when it is the shipped rule set. */
  public record Current(RuleSetDefinition definition, StoredRuleSet stored) {}

  private final Optional<Path> userDir;
  private final Map<String, RuleSetDefinition> shipped = new LinkedHashMap<>();
  private final Map<String, SwitchableScorer> scorers = new LinkedHashMap<>();
  private final Map<String, Current> current = new java.util.concurrent.ConcurrentHashMap<>();
  private volatile List<Scorer> pinned;

  /** Loads the shipped rule set of every available profile, the default profile first. */
  public ActiveRuleSets(RulesConfig rules) {
    this.userDir = rules.userDirPath();
    List<String> order = new ArrayList<>();
    order.add(rules.defaultProfile());
    Profiles.available(userDir).stream().filter(p -> !p.equals(rules.defaultProfile())).forEach(order::add);
    for (String p : order) {
      RuleSetDefinition def = Profiles.definition(p, userDir);
      shipped.put(p, def);
      scorers.put(p, new SwitchableScorer(new RuleSetScorer(def)));
      current.put(p, new Current(def, null));
    }
    pin();
  }

  /** One switchable scorer per profile, the default profile first. */
  public List<Scorer> scorers() {
    return List.copyOf(scorers.values());
  }

  /**
   * The rule sets active now, one fixed scorer per profile (default first): what a crawl run takes at its
   * start, so that every dataset of the run is scored with the same rule sets even if one is swapped meanwhile.
   */
  public List<Scorer> pinned() {
    return pinned;
  }

  private void pin() {
    List<Scorer> out = new ArrayList<>();
    for (SwitchableScorer s : scorers.values()) {
      out.add(s.current());
    }
    pinned = List.copyOf(out);
  }

  public List<String> profiles() {
    return List.copyOf(shipped.keySet());
  }

  public RuleSetDefinition shipped(String profile) {
    return shipped.get(profile);
  }

  public Current current(String profile) {
    return current.get(profile);
  }

  /**
   * Reads and validates a rule set exactly as a file is read (JSON Schema, then rules and parameters);
   * {@code extends} names a profile's shipped rule set.
   *
   * @throws RuleSetException naming file, line, rule and reason
   */
  public RuleSetDefinition parse(String origin, byte[] yaml) {
    return new RuleSetLoader().load(origin, yaml, p -> shipped.containsKey(p) ? shipped.get(p)
        : Profiles.definition(p, Optional.empty()));
  }

  /** Scores the stored version's profile with it from now on. */
  public synchronized void use(StoredRuleSet stored) {
    RuleSetDefinition def = parse("ruleset/" + stored.id(), stored.yaml().getBytes(StandardCharsets.UTF_8));
    SwitchableScorer s = scorers.get(def.info().profile());
    if (s == null || !def.info().profile().equals(stored.profile())) {
      throw new IllegalArgumentException("unknown profile " + stored.profile());
    }
    s.use(new RuleSetScorer(def));
    current.put(stored.profile(), new Current(def, stored));
    pin();
  }

  /** Scores the profile with its shipped rule set again. */
  public synchronized void useShipped(String profile) {
    RuleSetDefinition def = shipped.get(profile);
    scorers.get(profile).use(new RuleSetScorer(def));
    current.put(profile, new Current(def, null));
    pin();
  }

  /** At start-up: the active stored versions replace the shipped ones; one that no longer loads is skipped. */
  public void useAll(List<StoredRuleSet> active) {
    follow(active);
  }

  /**
   * Makes every profile score with what the database says is active (another node may have changed it):
   * the active stored version, or the shipped file when none is. Cheap when nothing changed; a version
   * that does not load is skipped with a warning and the profile keeps its rule set.
   */
  public synchronized void follow(List<StoredRuleSet> active) {
    for (String profile : profiles()) {
      StoredRuleSet want = active.stream().filter(s -> s.profile().equals(profile)).findFirst().orElse(null);
      StoredRuleSet now = current.get(profile).stored();
      if (want == null && now != null) {
        useShipped(profile);
      } else if (want != null && (now == null || now.id() != want.id())) {
        try {
          use(want);
          LOG.info("perfil {}: reglas guardadas / stored rule set {} {} activo / active", profile, want.ruleSetId(),
              want.version());
        } catch (RuntimeException e) {
          LOG.warn("perfil {}: la versión guardada {} no carga; se mantiene / stored version does not load,"
              + " keeping the current rule set: {}", profile, want.version(), e.getMessage());
        }
      }
    }
  }
}
