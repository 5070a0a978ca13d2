package gt.observatorio.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import gt.observatorio.engine.db.Database;
import gt.observatorio.engine.domain.HarvestIssue;
import gt.observatorio.engine.domain.Institution;
import gt.observatorio.engine.domain.LaipChecklist;
import gt.observatorio.engine.domain.LaipNumeralCheck;
import gt.observatorio.engine.domain.LaipStatus;
import gt.observatorio.engine.store.LaipRepository;
import gt.observatorio.engine.store.RegistryRepository;
import gt.observatorio.engine.testing.TestDatabase;
import gt.observatorio.web.api.ProblemHandler;
import gt.observatorio.web.laip.LaipApi;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.StaticHandler;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Article 10 view of the app ({@code #/articulo-10}) in headless Chromium, in Spanish and English: numerals
 * that could not be checked are counted apart and shown with their reason; {@code /laip.html} leads to the view; the
 * month-to-month matrix of an institution checked three months running (API and view).
 */
class LaipPageBrowserTest {
  static final String FOLDER = "https://drive.google.com/drive/folders/1aBcDeF";
  static final String VIEW = "#/articulo-10";
  /** The months MUNIX was checked (the last one is the check the other tests read), given out of order on purpose. */
  static final List<String> MONTHS = List.of("2025-06", "2025-04", "2025-05");
  private static Vertx vertx;
  private static Database db;
  private static BrowserSession session;
  private static ChromeDriver driver;
  private static String base;

  static <T> T join(Future<T> f) {
    return f.toCompletionStage().toCompletableFuture().join();
  }

  @BeforeAll
  static void start() throws Exception {
    session = BrowserSession.start("laip", LaipPageBrowserTest::server);
    driver = session.driver;
    base = session.base;
  }

  /** A real database with one institution's checklist, the Article 10 API and the webroot; answers its port. */
  private static int server() {
    TestDatabase.reset();
    vertx = Vertx.vertx();
    db = TestDatabase.open(vertx);
    join(new RegistryRepository(db.pool()).upsert(List.of(new Institution("MUNIX", "Municipalidad X", "muni", null)),
        List.of()));
    for (String month : MONTHS) {
      List<LaipNumeralCheck> ns = new ArrayList<>();
      for (int i = 1; i <= 29; i++) {
        LaipStatus s = status(month, i);
        ns.add(new LaipNumeralCheck(i, "Numeral " + i, "on-change", s, s == LaipStatus.NOT_VERIFIABLE ? List.of(FOLDER)
            : s == LaipStatus.CURRENT || s == LaipStatus.STALE ? List.of("http://p.test/n" + i + ".pdf") : List.of(),
            s == LaipStatus.BROKEN ? List.of("http://p.test/roto" + i + ".pdf") : List.of(), null));
      }
      join(new LaipRepository(db.pool()).save("MUNIX", new LaipChecklist("http://p.test/ipo", "sections",
          Instant.parse(month + "-03T00:00:00Z"), ns, month.equals("2025-06")
              ? List.of(new HarvestIssue("laip.external_folder", FOLDER, "numeral 1")) : List.of())));
    }
    Router router = Router.router(vertx);
    new LaipApi(new LaipRepository(db.pool()), false).mount(router);
    gt.observatorio.web.labels.LabelsApi.shipped().mount(router);
    router.route("/*").handler(StaticHandler.create("webroot").setCachingEnabled(false));
    router.route().failureHandler(new ProblemHandler());
    return join(vertx.createHttpServer().requestHandler(router).listen(0)).actualPort();
  }

  /**
   * The status of a numeral in a month: in June (the latest) numeral 1 is not verifiable, 2-5 current, the rest not
   * found; earlier, numeral 1 was broken, numeral 2 not found in April and stale in May, numeral 6 current in April and
   * May (lost in June), numeral 7 stale in May only.
   */
  static LaipStatus status(String month, int numeral) {
    boolean june = month.equals("2025-06");
    boolean april = month.equals("2025-04");
    return switch (numeral) {
      case 1 -> june ? LaipStatus.NOT_VERIFIABLE : LaipStatus.BROKEN;
      case 2 -> june ? LaipStatus.CURRENT : april ? LaipStatus.NOT_FOUND : LaipStatus.STALE;
      case 3, 4, 5 -> LaipStatus.CURRENT;
      case 6 -> june ? LaipStatus.NOT_FOUND : LaipStatus.CURRENT;
      case 7 -> june || april ? LaipStatus.NOT_FOUND : LaipStatus.STALE;
      default -> LaipStatus.NOT_FOUND;
    };
  }

  @AfterAll
  static void stop() {
    if (session != null) {
      session.close();
    }
    if (db != null) {
      db.close();
      join(vertx.close());
    }
  }

  private static WebDriverWait await() {
    return session.await();
  }

  /** Opens the view afresh in a language, as the language switch left it. */
  private static void open(String lang) {
    session.open(VIEW, lang);
  }

  private static void openDetail() {
    await().until(d -> !d.findElements(By.cssSelector("button[data-code='MUNIX']")).isEmpty());
    driver.findElement(By.cssSelector("button[data-code='MUNIX']")).click();
    await().until(d -> !d.findElements(By.cssSelector("#numerals tr.not-verifiable")).isEmpty());
  }

  @Test
  void theRankingCountsNotVerifiableApartAndTheDetailGivesTheReason() {
    open("es");
    openDetail();
    List<WebElement> cells = driver.findElements(By.cssSelector("#rows tr td"));
    assertThat(cells.get(7).getText()).as("No verificables column").isEqualTo("1");
    assertThat(cells.get(5).getText()).as("Rotos column").isEqualTo("0");
    assertThat(driver.findElements(By.cssSelector("#laip-ranking thead th")).get(8).getText()).isEqualTo("No verificables");
    WebElement row = driver.findElement(By.cssSelector("#numerals tr.not-verifiable"));
    assertThat(row.getText()).contains("No verificable automáticamente")
        .contains("publicado en una carpeta externa").contains(FOLDER).doesNotContain("roto");
  }

  @Test
  void theLanguageSwitchShowsTheViewInEnglish() {
    open("es");
    driver.findElement(By.id("lang-toggle")).click();
    await().until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang"))
        && !d.findElements(By.cssSelector("button[data-code='MUNIX']")).isEmpty());
    openDetail();
    assertThat(driver.findElements(By.cssSelector("#laip-ranking thead th")).get(8).getText()).isEqualTo("Not checked");
    assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("Proactive disclosure: Article 10");
    assertThat(driver.findElement(By.cssSelector("nav a[href='#/articulo-10']")).getText()).isEqualTo("Article 10");
    WebElement row = driver.findElement(By.cssSelector("#numerals tr.not-verifiable"));
    assertThat(row.getText()).contains("Could not be checked automatically")
        .contains("published in an external folder").contains(FOLDER).doesNotContain("No verificable");
  }

  @Test
  void theViewQuotesTheLawsWordingWithItsSourceAndSaysWhereItWasNotFoundInBothLanguages() {
    for (String[] l : new String[][] {{"es", "texto no encontrado", "leída el 2026-12-05"},
        {"en", "text not found", "read on 2026-12-05"}}) {
      open(l[0]);
      await().until(d -> d.findElements(By.cssSelector("#law-numerals li")).size() == 29);
      WebElement twenty = driver.findElement(By.cssSelector("#law-numerals li[data-numeral='20']"));
      assertThat(twenty.getAttribute("class")).isEqualTo("quoted");
      assertThat(twenty.getText()).contains("Información sobre todas las contrataciones").contains(l[2])
          .contains("2020-2024.vicepresidencia.gob.gt");
      assertThat(driver.findElement(By.cssSelector("#law-numerals li[data-numeral='7']")).getText()).contains(l[1]);
      assertThat(driver.findElement(By.cssSelector("#law-text")).getText())
          .contains("Los Sujetos Obligados deberán mantener, actualizada y disponible");
    }
  }

  @Test
  void theOldAddressLeadsToTheViewInTheApp() {
    driver.get(base + "/laip.html");
    await().until(d -> d.getCurrentUrl().endsWith("/" + VIEW)
        && VIEW.equals(d.findElement(By.id("app")).getAttribute("data-ready")));
    assertThat(driver.findElements(By.cssSelector("header.top nav a"))).isNotEmpty();
    assertThat(driver.findElements(By.cssSelector("button[data-code='MUNIX']"))).hasSize(1);
  }

  @Test
  void axeReportsNoSeriousViolationInSpanish() {
    open("es");
    openDetail();
    Browser.assertNoSeriousAxeViolation(driver);
  }

  @Test
  void axeReportsNoSeriousViolationInEnglish() {
    open("en");
    openDetail();
    Browser.assertNoSeriousAxeViolation(driver);
  }

  @Test
  void theMatrixGivesTheMonthsInOrderAndEachNumeralsStatusEachMonth() {
    JsonObject m = session.api().get("/api/v1/laip/institutions/MUNIX/matrix");
    List<String> sorted = MONTHS.stream().sorted().toList();
    assertThat(m.getJsonArray("months").getList()).as("months, oldest first").containsExactlyElementsOf(sorted);
    JsonArray numerals = m.getJsonArray("numerals");
    assertThat(numerals).hasSize(29);
    for (int i = 0; i < 29; i++) {
      JsonObject n = numerals.getJsonObject(i);
      assertThat(n.getInteger("numeral")).isEqualTo(i + 1);
      for (String month : sorted) {
        assertThat(n.getJsonObject("statuses").getString(month)).as("numeral " + (i + 1) + " in " + month)
            .isEqualTo(status(month, i + 1).id());
      }
    }
    assertThat(numerals.getJsonObject(1).getJsonObject("statuses").getMap().values().stream().distinct().count())
        .as("numeral 2 changes status every month").isEqualTo(3);
  }

  @Test
  void theViewDrawsTheMatrixMonthByMonthInBothLanguages() {
    List<String> sorted = MONTHS.stream().sorted().toList();
    for (String[] l : new String[][] {{"es", "abril", "desactualizado"}, {"en", "April", "stale"}}) {
      open(l[0]);
      openDetail();
      List<WebElement> heads = driver.findElements(By.cssSelector("#laip-matrix thead th[data-month]"));
      assertThat(heads.stream().map(e -> e.getAttribute("data-month")).toList()).containsExactlyElementsOf(sorted);
      assertThat(heads.get(0).getText()).as("month in words").contains(l[1]).doesNotContain("2025-04");
      assertThat(driver.findElements(By.cssSelector("#laip-matrix tbody tr[data-numeral]"))).hasSize(29);
      for (int numeral = 1; numeral <= 29; numeral++) {
        List<WebElement> cells = driver.findElements(By.cssSelector("#laip-matrix tr[data-numeral='" + numeral + "'] td"));
        assertThat(cells.stream().map(c -> c.getAttribute("data-month")).toList()).containsExactlyElementsOf(sorted);
        for (int k = 0; k < sorted.size(); k++) {
          assertThat(cells.get(k).getAttribute("class")).as("numeral " + numeral + " in " + sorted.get(k))
              .isEqualTo(status(sorted.get(k), numeral).id());
        }
      }
      assertThat(driver.findElement(By.cssSelector("#laip-matrix tr[data-numeral='2'] td[data-month='2025-05']")).getText())
          .as("the status named, not only drawn").contains(l[2]);
    }
  }
}
