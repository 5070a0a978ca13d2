package gt.observatorio.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Every view of the app, in Spanish and in English, read as a person reads it (the visible text): no code of the
 * label catalog ({@code GET /api/v1/labels}) is shown raw where it has a label, no code is shown unlabelled, and
 * no machine string ({@code key=value}) is left in words a person reads. Views are opened as a person moves
 * through them (the hash changes); the demo's start and the walk take minutes on a loaded machine, hence the timeout.
 */
class LabelsBrowserTest {
  private static final Pattern URL = Pattern.compile("https?://\\S+|/api/\\S+");
  private static final Pattern MACHINE = Pattern.compile("(?<![\\w/?&])[A-Za-z_][\\w.\\[\\]]*=[^\\s=]");
  /**
   * Kinds whose plain-word codes (no '-', '_' or inner capital) are also checked, where they stand alone (a cell, a
   * line, after a colon): codes such as "current" or "salud" are words of ordinary sentences too.
   */
  private static final Set<String> WORD_KINDS = Set.of("rating", "sector", "institutionType", "dimension",
      "probeOutcome", "planStatus", "laipStatus", "criterionStatus", "answerState", "freshnessStatus", "severity",
      "runState");
  private static BrowserSession session;
  private static ChromeDriver driver;
  private static JsonObject kinds;
  private static List<String> views;

  @BeforeAll
  @Timeout(value = 20, unit = TimeUnit.MINUTES)
  static void start() throws Exception {
    session = BrowserSession.onSharedDemo("labels");
    driver = session.driver;
    ApiClient api = session.api();
    kinds = api.get("/api/v1/labels").getJsonObject("kinds");
    Set<String> v = new LinkedHashSet<>(List.of("#/", "#/?profile=mqa", "#/?profile=5-estrellas", "#/conjuntos/",
        "#/metodologia", "#/metodologia?profile=mqa", "#/descargas", "#/madurez", "#/madurez-metodologia",
        "#/articulo-10", "#/plan"));
    for (Object o : api.get("/api/v1/institutions").getJsonArray("institutions")) {
      String code = ((JsonObject) o).getString("code");
      v.add("#/institucion/" + code);
      v.add("#/madurez/" + code);
      var ds = api.get("/api/v1/institutions/" + code + "/datasets").getJsonArray("datasets");
      JsonObject worst = null;
      for (Object d : ds) {
        JsonObject x = (JsonObject) d;
        if (worst == null || x.getJsonArray("findings").size() > worst.getJsonArray("findings").size()) {
          worst = x;
        }
      }
      if (worst != null) {
        v.add("#/conjunto/" + worst.getLong("id"));
        v.add("#/conjunto/" + worst.getLong("id") + "?profile=5-estrellas");
      }
    }
    views = List.copyOf(v);
  }

  @AfterAll
  static void stop() {
    if (session != null) {
      session.close();
    }
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.MINUTES)
  void noViewShowsARawCodeOrAMachineStringInSpanishOrEnglish() {
    List<String> problems = new ArrayList<>();
    for (String lang : List.of("es", "en")) {
      session.open("#/", lang, 1366);
      assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(lang);
      for (String view : views) {
        open(view);
        if (view.equals("#/articulo-10")) {
          openEveryArticle10Detail(view, lang, problems);
        }
        problems.addAll(check(view, lang, visibleText()));
      }
    }
    assertThat(problems).as("codes or machine strings a person reads").isEmpty();
  }

  /** Opens each institution's numerals and month-by-month matrix, reading each one. */
  private static void openEveryArticle10Detail(String view, String lang, List<String> problems) {
    int n = driver.findElements(By.cssSelector("#laip-ranking button.link")).size();
    for (int i = 0; i < n; i++) {
      WebElement b = driver.findElements(By.cssSelector("#laip-ranking button.link")).get(i);
      String code = b.getAttribute("data-code");
      b.click();
      String name = b.getText();
      session.await().until(d -> d.findElement(By.id("detail")).getText().contains(name));
      problems.addAll(check(view + " (" + code + ")", lang, visibleText()));
    }
  }

  /** A view opened as a person follows a link (the hash changes, the page stays). */
  private static void open(String hash) {
    driver.executeScript("location.hash = arguments[0]", hash);
    session.awaitView(hash);
  }

  private static String visibleText() {
    return driver.findElement(By.tagName("header")).getText() + "\n" + driver.findElement(By.id("app")).getText();
  }

  /** What is wrong in a view's text: raw codes, unlabelled codes, key=value strings. */
  static List<String> check(String view, String lang, String text) {
    String words = URL.matcher(text).replaceAll(" ");
    List<String> out = new ArrayList<>();
    for (String kind : kinds.fieldNames()) {
      JsonObject codes = kinds.getJsonObject(kind);
      for (String code : codes.fieldNames()) {
        String label = codes.getJsonObject(code).getString(lang);
        boolean codeLike = code.matches(".*[-_].*|.*[a-z][A-Z].*");
        if (!codeLike && !WORD_KINDS.contains(kind) || label.toLowerCase(Locale.ROOT).equals(code.toLowerCase(Locale.ROOT))) {
          continue;
        }
        Matcher m = (codeLike ? Pattern.compile("(?<![\\p{L}\\p{N}_./#:-])" + Pattern.quote(code) + "(?![\\p{L}\\p{N}_/-])")
            : Pattern.compile("(?m)(?:^|[\\t\\n]|: |· )" + Pattern.quote(code) + "(?=$|[\\t\\n,]| ·)")).matcher(words);
        if (m.find()) {
          out.add(lang + " " + view + ": raw " + kind + " code '" + code + "' in «" + around(words, m.start()) + "»");
        }
      }
    }
    for (String unlabelled : List.of("(sin etiqueta)", "(unlabelled)")) {
      int at = words.indexOf(unlabelled);
      if (at >= 0) {
        out.add(lang + " " + view + ": a code without label in «" + around(words, at) + "»");
      }
    }
    Matcher m = MACHINE.matcher(words);
    if (m.find()) {
      out.add(lang + " " + view + ": machine string in «" + around(words, m.start()) + "»");
    }
    return out;
  }

  private static String around(String s, int at) {
    return s.substring(Math.max(0, at - 40), Math.min(s.length(), at + 60)).replace('\n', ' ');
  }
}
