package gt.observatorio.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import gt.observatorio.engine.db.Database;
import gt.observatorio.engine.store.PlanRepository;
import gt.observatorio.engine.store.TokenRepository;
import gt.observatorio.engine.testing.TestDatabase;
import gt.observatorio.web.api.ProblemHandler;
import gt.observatorio.web.plan.ActionPlanLoader;
import gt.observatorio.web.plan.PlanApi;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.StaticHandler;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The action plan view of the app ({@code #/plan}) and its editor form in headless Chromium, in Spanish and
 * English, against the real plan API on a real database; {@code /plan.html} leads to the view.
 */
class PlanEditorBrowserTest {
  static final String VIEW = "#/plan";
  private static String token;
  private static Vertx vertx;
  private static Database db;
  private static BrowserSession session;
  private static ChromeDriver driver;
  private static String base;

  @BeforeAll
  static void start() throws Exception {
    session = BrowserSession.start("plan", PlanEditorBrowserTest::server);
    driver = session.driver;
    base = session.base;
  }

  /** A real database, the plan API with an editor token, the label catalog and the webroot; answers its port. */
  private static int server() {
    TestDatabase.reset();
    vertx = Vertx.vertx();
    db = TestDatabase.open(vertx);
    Router router = Router.router(vertx);
    TokenRepository tokens = new TokenRepository(db.pool());
    token = tokens.create("editor", "plan editor").toCompletionStage().toCompletableFuture().join();
    new PlanApi(ActionPlanLoader.load(), new PlanRepository(db.pool()), Clock.systemUTC(), tokens).mount(router);
    gt.observatorio.web.labels.LabelsApi.shipped().mount(router);
    router.route("/*").handler(StaticHandler.create("webroot").setCachingEnabled(false));
    router.route().failureHandler(new ProblemHandler());
    return vertx.createHttpServer().requestHandler(router).listen(0).toCompletionStage().toCompletableFuture()
        .join().actualPort();
  }

  @AfterAll
  static void stop() {
    if (session != null) {
      session.close();
    }
    if (db != null) {
      db.close();
      vertx.close().toCompletionStage().toCompletableFuture().join();
    }
  }

  private static WebDriverWait await() {
    return session.await();
  }

  /** Opens the view afresh in a language (a new session: no token). */
  private static void open(String lang) {
    session.open(VIEW, lang);
    await().until(d -> !d.findElements(By.cssSelector("tr[data-activity='c1-a3']")).isEmpty());
  }

  /** Opens the view and enters editor mode with the keyboard. */
  private static void enterEditorMode(String lang, String token) {
    open(lang);
    assertThat(driver.findElements(By.cssSelector("form.editor-form"))).as("no form without a token").isEmpty();
    assertThat(driver.findElement(By.id("editor-name")).isDisplayed()).as("sign-in folded away").isFalse();
    driver.findElement(By.id("editor-signin")).click();
    driver.findElement(By.id("editor-name")).sendKeys("GAE prueba");
    driver.findElement(By.id("editor-token")).sendKeys(token + Keys.ENTER);
    await().until(d -> !d.findElements(By.cssSelector("form.editor-form[data-activity='c1-a3']")).isEmpty());
  }

  private static WebElement openForm(String activity) {
    WebElement form = driver.findElement(By.cssSelector("form.editor-form[data-activity='" + activity + "']"));
    WebElement summary = form.findElement(By.xpath("./preceding-sibling::summary"));
    summary.sendKeys(Keys.ENTER);
    await().until(d -> form.isDisplayed());
    return form;
  }

  private static void record(String activity, String status, String evidence, String note) {
    WebElement form = openForm(activity);
    new Select(driver.findElement(By.id("st-" + activity))).selectByValue(status);
    driver.findElement(By.id("ev-" + activity)).sendKeys(evidence);
    driver.findElement(By.id("nt-" + activity)).sendKeys(note);
    form.findElement(By.cssSelector("button[type=submit]")).sendKeys(Keys.ENTER);
  }

  @Test
  void anEditorSavesAStatusWithEvidenceAndTheActivityShowsIt() {
    enterEditorMode("es", token);
    assertThat((String) driver.executeScript("return sessionStorage.getItem('planEditorToken')")).isEqualTo(token);
    assertThat((String) driver.executeScript("return localStorage.getItem('planEditorToken')")).isNull();
    record("c1-a3", "completed", "https://gobiernoabierto.gob.gt/observatorio-informe.pdf", "Observatorio publicado");

    By status = By.cssSelector("tr[data-activity='c1-a3'] td.status");
    await().until(d -> d.findElement(status).getAttribute("class").contains("completed")
        && "Guardado".equals(d.findElement(By.id("rs-c1-a3")).getText()));
    assertThat(driver.findElement(status).getText()).startsWith("Completada");
    WebElement row = driver.findElement(By.cssSelector("tr[data-activity='c1-a3']"));
    assertThat(row.findElement(By.cssSelector("a[href='https://gobiernoabierto.gob.gt/observatorio-informe.pdf']"))
        .isDisplayed()).isTrue();
    assertThat(row.getText()).contains("Observatorio publicado").contains("GAE prueba");
    assertThat(driver.findElement(By.id("rs-c1-a3")).getText()).isEqualTo("Guardado");
  }

  @Test
  void inEnglishAnEditorSavesAStatusAndTheViewSaysSoInEnglish() {
    enterEditorMode("en", token);
    assertThat(driver.findElement(By.cssSelector("#editor legend")).getText()).isEqualTo("Editor mode (GAE)");
    record("c1-a2", "in-progress", "https://gobiernoabierto.gob.gt/avance.pdf", "Borrador en revisión");

    By status = By.cssSelector("tr[data-activity='c1-a2'] td.status");
    await().until(d -> d.findElement(status).getAttribute("class").contains("in-progress")
        && "Saved".equals(d.findElement(By.id("rs-c1-a2")).getText()));
    assertThat(driver.findElement(status).getText()).startsWith("In progress");
    assertThat(driver.findElement(By.cssSelector("nav a[href='#/plan']")).getText()).isEqualTo("Action Plan");
  }

  @Test
  void eachCommitmentShowsItsManagerSupportingBodiesAndPeriodInSpanishAndEnglish() {
    for (String[] l : new String[][] {{"es", "Con el apoyo de", "ampliado a"}, {"en", "Supported by", "extended to"}}) {
      open(l[0]);
      WebElement five = driver.findElement(By.cssSelector("section[data-commitment='c5']"));
      assertThat(five.findElement(By.cssSelector("dd.manager")).getText()).isEqualTo("MINGOB");
      assertThat(five.findElement(By.cssSelector("dd.supporting")).getText()).isEqualTo("CONAPREVI, SEPREM, DEMI");
      assertThat(five.findElement(By.cssSelector("dl.commitment-facts")).getText()).contains(l[1])
          .contains("2023-06-30 → 2024-01-14 (" + l[2] + " 2025-06-30)");
      WebElement six = driver.findElement(By.cssSelector("section[data-commitment='c6']"));
      assertThat(six.findElement(By.cssSelector("dd.supporting")).getText()).isEqualTo("GAE");
      assertThat(six.findElement(By.cssSelector("dd.period")).getText()).isEqualTo("2023-06-30 → 2024-06-30");
      assertThat(driver.findElement(By.cssSelector("tr[data-activity='c3-a1'] small.supporting")).getText())
          .isEqualTo(l[1] + ": MINEDUC");
    }
  }

  @Test
  void aWrongTokenShowsTheReasonOfThe401InSpanish() {
    assertTheRefusal("es", "Error 401: Falta un token válido: Authorization: Bearer <token>.");
  }

  @Test
  void aWrongTokenShowsTheReasonOfThe401InEnglish() {
    assertTheRefusal("en", "Error 401: A valid token is required: Authorization: Bearer <token>.");
  }

  private static void assertTheRefusal(String lang, String reason) {
    enterEditorMode(lang, "no-es-el-token");
    WebElement form = openForm("c2-a1");
    form.findElement(By.cssSelector("button[type=submit]")).click();
    By result = By.id("rs-c2-a1");
    await().until(d -> d.findElement(result).getText().startsWith("Error"));
    assertThat(driver.findElement(result).getText()).isEqualTo(reason);
    assertThat(driver.findElement(result).getAttribute("class")).contains("problem");
    assertThat(driver.findElement(By.cssSelector("tr[data-activity='c2-a1'] td.status")).getAttribute("class"))
        .doesNotContain("completed");
  }

  @Test
  void theOldAddressLeadsToTheViewInTheApp() {
    driver.get(base + "/plan.html");
    await().until(d -> d.getCurrentUrl().endsWith("/" + VIEW)
        && !d.findElements(By.cssSelector("tr[data-activity='c1-a3']")).isEmpty());
    assertThat(driver.findElements(By.cssSelector("header.top nav a"))).isNotEmpty();
    assertThat(driver.findElements(By.id("lang-toggle"))).hasSize(1);
  }

  @Test
  void axeReportsNoSeriousViolationInEditorModeInSpanish() {
    enterEditorMode("es", token);
    openForm("c1-a3");
    Browser.assertNoSeriousAxeViolation(driver);
  }

  @Test
  void axeReportsNoSeriousViolationInEditorModeInEnglish() {
    enterEditorMode("en", token);
    openForm("c1-a3");
    Browser.assertNoSeriousAxeViolation(driver);
  }
}
