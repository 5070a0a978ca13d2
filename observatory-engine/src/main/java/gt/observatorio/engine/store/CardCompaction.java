package gt.observatorio.engine.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gt.observatorio.engine.domain.Finding;
import gt.observatorio.engine.domain.ScoreCard;
import gt.observatorio.engine.store.InternedIds.Key;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Score cards in the shape the store keeps them (V155, V160, V161, V191, V193, V210), made by the application: each
 * finding's texts by the id of a {@code rule_text} row (with its key and values for a keyed message), each rule
 * outcome by the id of a {@code card_rule} row shared by every card with the same outcome (the dataset's own node and
 * URLs kept in the card, {@link CardVars}), the rule set by the id of a {@code card_rule_set} row, the list of
 * outcome ids by the id of a {@code card_rule_list} row. In steps, as the ids become known: the bodies to intern are
 * made when constructed (on the caller's thread), then the outcomes given the texts' ids, the lists given the
 * outcomes' ids, then the cards. An id not found keeps what it stands for inline, as written; {@code score_card}
 * reads every shape back as written.
 */
public final class CardCompaction {
  private final List<Planned> cards = new ArrayList<>();
  private final Map<Key, String> texts = new LinkedHashMap<>();
  private final Map<Key, String> sets = new LinkedHashMap<>();
  private final Map<Key, Outcome> outcomes = new LinkedHashMap<>();

  private record Planned(ObjectNode card, List<Outcome> outcomes, Key set, JsonNode setBody) {}

  /** A rule outcome: as written, compact (texts by key until their ids are known), its dataset's values. */
  private record Outcome(ObjectNode whole, ObjectNode compact, List<Key> texts, List<String> vars, Key key) {}

  /** The cards of a batch, each encoded and its bodies to intern made. */
  public CardCompaction(List<ScoreCard> scoreCards) {
    for (ScoreCard c : scoreCards) {
      ObjectNode card = JsonCodec.tree(c);
      List<Outcome> planned = new ArrayList<>();
      ArrayNode rules = card.withArray("rules");
      for (int j = 0; j < rules.size(); j++) {
        planned.add(outcome((ObjectNode) rules.get(j), c.rules().get(j).findings()));
      }
      card.remove("rules");
      JsonNode set = card.get("ruleSet");
      Key setKey = null;
      if (set != null && set.isObject()) {
        String json = JsonCodec.write(set);
        setKey = Key.of(json);
        sets.put(setKey, json);
      }
      cards.add(new Planned(card, planned, setKey, set));
    }
  }

  /** The distinct finding texts ({@code rule_text} bodies) of the cards, by key. */
  public Map<Key, String> texts() {
    return texts;
  }

  /** The distinct rule sets ({@code card_rule_set} bodies) of the cards, by key. */
  public Map<Key, String> ruleSets() {
    return sets;
  }

  /**
   * The distinct compact outcomes ({@code card_rule} bodies) by key, given the ids of the texts; an outcome with
   * a text left without an id is not among them (its cards keep it whole).
   */
  public Map<Key, String> outcomes(Map<Key, Long> textIds) {
    Map<Key, String> out = new LinkedHashMap<>();
    for (Outcome o : outcomes.values()) {
      if (o.texts().stream().allMatch(k -> k == null || textIds.containsKey(k))) {
        ObjectNode body = o.compact().deepCopy();
        withTextIds(o, body, textIds);
        out.put(o.key(), JsonCodec.write(body));
      }
    }
    return out;
  }

  /**
   * The distinct lists of outcome ids ({@code card_rule_list} bodies, V193) by key, given the outcomes' ids; a card
   * with an outcome left without an id, or without outcomes, has none (it keeps its entries).
   */
  public Map<Key, String> lists(Map<Key, Long> outcomeIds) {
    Map<Key, String> out = new LinkedHashMap<>();
    for (Planned p : cards) {
      String list = list(p, outcomeIds);
      if (list != null) {
        out.put(Key.of(list), list);
      }
    }
    return out;
  }

  private static String list(Planned p, Map<Key, Long> outcomeIds) {
    if (p.outcomes().isEmpty()) {
      return null;
    }
    ArrayNode ids = JsonNodeFactory.instance.arrayNode();
    for (Outcome o : p.outcomes()) {
      Long id = outcomeIds.get(o.key());
      if (id == null) {
        return null;
      }
      ids.add(id);
    }
    return JsonCodec.write(ids);
  }

  /**
   * Each card's JSON as stored, given the ids of the outcomes, rule sets and lists (in the order the cards were
   * given): its rules as the id of its list with its dataset's values by position, else as entries (V191).
   */
  public String[] cards(Map<Key, Long> outcomeIds, Map<Key, Long> setIds, Map<Key, Long> listIds) {
    String[] out = new String[cards.size()];
    for (int i = 0; i < out.length; i++) {
      Planned p = cards.get(i);
      ObjectNode card = p.card().deepCopy();
      String list = list(p, outcomeIds);
      Long listId = list == null ? null : listIds.get(Key.of(list));
      if (listId != null) {
        card.put("rules", listId);
        ObjectNode values = ruleValues(p);
        if (!values.isEmpty()) {
          card.set("ruleValues", values);
        }
      } else {
        card.set("rules", entries(p, outcomeIds));
      }
      Long set = p.set() == null ? null : setIds.get(p.set());
      if (set != null) {
        card.put("ruleSet", set);
      }
      out[i] = JsonCodec.write(card);
    }
    return out;
  }

  /**
   * A card's values by position from 1 (V193): {@code {"1": [value 0, ...], "5": 1}}, where a position whose values
   * are those of an earlier one gives that position instead of repeating them (V210): the findings of one
   * distribution, under several rules, name the same URL.
   */
  private static ObjectNode ruleValues(Planned p) {
    ObjectNode values = JsonNodeFactory.instance.objectNode();
    Map<List<String>, Integer> first = new HashMap<>();
    for (int j = 0; j < p.outcomes().size(); j++) {
      List<String> vars = p.outcomes().get(j).vars();
      if (vars.isEmpty()) {
        continue;
      }
      Integer earlier = first.putIfAbsent(vars, j + 1);
      if (earlier != null) {
        values.put(Integer.toString(j + 1), earlier);
      } else {
        vars.forEach(values.putArray(Integer.toString(j + 1))::add);
      }
    }
    return values;
  }

  private static ArrayNode entries(Planned p, Map<Key, Long> outcomeIds) {
    ArrayNode rules = JsonNodeFactory.instance.arrayNode();
    for (Outcome o : p.outcomes()) {
      Long id = outcomeIds.get(o.key());
      if (id == null) {
        rules.add(o.whole());
      } else if (o.vars().isEmpty()) {
        rules.add(id);
      } else {
        ArrayNode entry = rules.addArray().add(id);
        o.vars().forEach(entry::add);
      }
    }
    return rules;
  }

  private Outcome outcome(ObjectNode whole, List<Finding> written) {
    ObjectNode compact = whole.deepCopy();
    List<Key> keys = new ArrayList<>();
    JsonNode findings = compact.get("findings");
    if (findings != null && findings.isArray() && !findings.isEmpty()) {
      for (int i = 0; i < findings.size(); i++) {
        keys.add(compactFinding((ObjectNode) findings.get(i), written.get(i)));
      }
    }
    List<String> vars = CardVars.extract(compact);
    Key key = Key.of(JsonCodec.write(compact));
    Outcome o = outcomes.get(key);
    if (o == null) {
      o = new Outcome(whole, compact, keys, vars, key);
      outcomes.put(key, o);
      return o;
    }
    return new Outcome(whole, o.compact(), o.texts(), vars, key);
  }

  /**
   * As SQL's {@code finding_text} and {@code compact_finding} (V160): the finding's texts (a keyed message's
   * template where it renders the message) become a {@code rule_text} body; the finding keeps its rule, dimension,
   * severity, observed value and evidence, the texts' key (its "text" until the id is known), its key and values.
   * A keyed finding whose message is not its template filled is kept as it is.
   */
  private Key compactFinding(ObjectNode f, Finding finding) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.set("ruleId", f.get("ruleId"));
    if (finding.ref() != null) {
      if (finding.ref().key() == null || !finding.ref().render().equals(finding.message())) {
        return null;
      }
      body.put("key", finding.ref().key());
      body.set("message", f.get("ref").get("template"));
    } else {
      body.set("message", f.get("message"));
    }
    body.set("advice", f.get("advice"));
    body.set("expected", f.get("expected"));
    String json = JsonCodec.write(body);
    Key k = Key.of(json);
    texts.put(k, json);
    JsonNode params = f.path("ref").get("params");
    f.remove(List.of("message", "advice", "expected", "ref"));
    f.put("text", k.toString());
    if (finding.ref() != null) {
      f.put("key", finding.ref().key());
      if (params != null && params.isObject() && !params.isEmpty()) {
        f.set("params", params);
      }
    }
    return k;
  }

  /** The outcome's compact findings with their texts' ids in place of their keys. */
  private static void withTextIds(Outcome o, ObjectNode body, Map<Key, Long> textIds) {
    JsonNode findings = body.get("findings");
    for (int i = 0; i < o.texts().size(); i++) {
      Key k = o.texts().get(i);
      if (k != null) {
        ((ObjectNode) findings.get(i)).put("text", textIds.get(k));
      }
    }
  }
}
