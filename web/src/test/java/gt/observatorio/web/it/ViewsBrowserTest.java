package gt.observatorio.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Every view of the app, table-driven, on a 390 px phone and a 1366 px desktop with the English switch on: nothing
 * scrolls sideways, the console has no error, axe-core finds no serious or critical violation and the view reads in
 * English. Then what each profile's view and the dataset page must show.
 */
class ViewsBrowserTest {
  private static BrowserSession session;
  private static ChromeDriver driver;
  private static ApiClient api;
  private static long datasetId;

  @BeforeAll
  static void start() throws Exception {
    session = BrowserSession.onSharedDemo("views");
    driver = session.driver;
    api = session.api();
    datasetId = api.get("/api/v1/institutions/DEMI/datasets").getJsonArray("datasets").getJsonObject(0).getLong("id");
  }

  @AfterAll
  static void stop() {
    if (session != null) {
      session.close();
    }
  }

  /** The views, each with a text it shows in English. */
  static Stream<Arguments> views() {
    List<String[]> views = List.of(
        new String[] {"#/", "Ranking of institutions"},
        new String[] {"#/?profile=mqa", "Points (0-405)"},
        new String[] {"#/?profile=5-estrellas", "Stars (0-5)"},
        new String[] {"#/institucion/DEMI", "History"},
        new String[] {"#/institucion/DEMI?profile=mqa", "Ratings"},
        new String[] {"#/conjunto/{dataset}", "How to fix it"},
        new String[] {"#/conjunto/{dataset}?profile=5-estrellas", "On the web under an open licence"},
        new String[] {"#/conjuntos/", "All datasets"},
        new String[] {"#/metodologia", "Methodology"},
        new String[] {"#/descargas", "Downloads"},
        new String[] {"#/madurez", "Institutional maturity"},
        new String[] {"#/articulo-10", "Proactive disclosure"},
        new String[] {"#/plan", "Progress of the commitments"});
    List<Arguments> out = new ArrayList<>();
    for (int width : new int[] {390, 1366}) {
      for (String[] v : views) {
        out.add(Arguments.of(v[0], width, v[1]));
      }
    }
    return out.stream();
  }

  private static String open(String hash, int width, String lang) {
    String h = hash.replace("{dataset}", Long.toString(datasetId));
    session.open(h, lang, width);
    return h;
  }

  @ParameterizedTest(name = "{0} at {1} px")
  @MethodSource("views")
  void eachViewFitsThePhoneAndTheDesktopInEnglishWithoutErrors(String hash, int width, String english) {
    Browser.consoleErrors(driver);
    open(hash, width, "en");
    assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
    assertThat(driver.findElement(By.id("app")).getText()).as("English text of " + hash).contains(english);
    assertThat(Browser.horizontalOverflow(driver)).as("sideways scroll at " + width + " px").isLessThanOrEqualTo(0L);
    Browser.assertNoSeriousAxeViolation(driver);
    assertThat(Browser.consoleErrors(driver)).as("console errors").isEmpty();
    assertThat(driver.switchTo().activeElement().getTagName()).as("opening by URL moves no focus").isEqualTo("body");
  }

  @Test
  void theProfileIsInEveryPermalinkAndHonouredWhenOpened() {
    open("#/?profile=mqa", 1366, "es");
    assertThat(driver.findElement(By.cssSelector("#ranking thead")).getText()).contains("Puntos (0-405)");
    assertThat(driver.findElement(By.id("band-legend")).getText()).contains("Excelente 351-405", "Malo 0-120");
    assertThat(driver.findElements(By.cssSelector("#rows .band"))).isNotEmpty();
    for (WebElement a : driver.findElements(By.cssSelector("a[href^='#/']"))) {
      assertThat(a.getAttribute("href")).as("in-app link").endsWith("?profile=mqa");
    }
    driver.findElement(By.cssSelector("#rows a.institution-link")).click();
    session.await().until(d -> String.valueOf(
        d.findElement(By.id("app")).getAttribute("data-ready")).matches("#/institucion/[A-Z]+\\?profile=mqa"));
    assertThat(driver.findElement(By.cssSelector(".headline .score")).getText()).contains("/ 405");
    open("#/?profile=5-estrellas", 1366, "es");
    assertThat(driver.findElements(By.cssSelector("#rows .stars .glyphs"))).isNotEmpty();
    assertThat(driver.findElement(By.cssSelector("#rows .stars .glyphs")).getText()).matches("[★☆]{5}");
  }

  @Test
  void theDatasetPageListsTheDistributionsAndShowsEachCauseOnceWithItsRules() {
    JsonObject d = api.get("/api/v1/datasets/" + datasetId).getJsonObject("dataset");
    JsonArray dists = d.getJsonArray("distributionList");
    open("#/conjunto/{dataset}", 1366, "es");
    assertThat(driver.findElements(By.cssSelector("#distributions > li.distribution"))).hasSize(dists.size());
    for (int i = 0; i < dists.size(); i++) {
      String shown = driver.findElement(By.id("dist-" + i)).getText();
      JsonObject x = dists.getJsonObject(i);
      if (x.getString("format") != null) {
        assertThat(shown).contains(x.getString("format"));
      }
      assertThat(shown).contains("Formato según el contenido", "Resultado de la comprobación");
    }
    Set<String> evidence = new HashSet<>();
    Set<String> rules = new HashSet<>();
    for (WebElement c : driver.findElements(By.cssSelector("li.cause"))) {
      String e = c.getAttribute("data-evidence");
      if (!e.isEmpty()) {
        assertThat(evidence.add(e)).as("cause " + e + " shown once").isTrue();
      }
      rules.addAll(List.of(c.getAttribute("data-rules").split(" ")));
    }
    for (Object f : d.getJsonArray("findings")) {
      assertThat(rules).contains(((JsonObject) f).getString("rule"));
    }
    assertThat(driver.findElement(By.id("how-to-fix")).getText()).startsWith("Cómo corregirlo");
    for (WebElement t : driver.findElements(By.cssSelector("#app time"))) {
      assertThat(t.getText()).as("a date in words").doesNotMatch(".*\\d{4}-\\d{2}-\\d{2}.*");
    }
  }

  @Test
  void theFiveStarLadderIsDrawnFromTheApisEvidenceInBothLanguages() {
    JsonArray dists = api.get("/api/v1/datasets/" + datasetId + "?profile=5-estrellas").getJsonObject("dataset")
        .getJsonArray("distributionList");
    assertThat(dists).isNotEmpty();
    for (String[] l : new String[][] {{"es", "visto en", "En la web con licencia abierta"},
        {"en", "seen in", "On the web under an open licence"}}) {
      open("#/conjunto/{dataset}?profile=5-estrellas", 390, l[0]);
      for (Object o : dists) {
        JsonObject d = (JsonObject) o;
        JsonObject stars = d.getJsonObject("stars");
        WebElement card = driver.findElement(By.id("dist-" + d.getInteger("index")));
        assertThat(card.findElement(By.cssSelector("h3 .stars .glyphs")).getText())
            .isEqualTo("★".repeat(stars.getInteger("count")) + "☆".repeat(5 - stars.getInteger("count")));
        List<WebElement> items = card.findElements(By.cssSelector(".star-ladder li[data-star]"));
        assertThat(items).hasSize(5);
        for (int k = 0; k < 5; k++) {
          JsonObject step = stars.getJsonArray("steps").getJsonObject(k);
          WebElement li = items.get(k);
          assertThat(li.getAttribute("data-met")).as("star " + (k + 1)).isEqualTo(String.valueOf(step.getBoolean("met")));
          assertThat(li.getAttribute("data-basis")).isEqualTo(step.getString("basis"));
          assertThat(li.findElement(By.cssSelector(".observed")).getAttribute("title")).isEqualTo(step.getString("observed"));
          assertThat(li.findElement(By.cssSelector(".observed")).getText()).isNotBlank();
          assertThat(li.findElement(By.cssSelector("code.evidence")).getText()).isEqualTo(step.getString("evidence"));
          assertThat(li.getText()).contains(l[1]);
        }
        assertThat(items.get(0).getText()).contains(l[2]);
      }
      assertThat(Browser.horizontalOverflow(driver)).as("sideways scroll at 390 px").isLessThanOrEqualTo(0L);
    }
  }
}
