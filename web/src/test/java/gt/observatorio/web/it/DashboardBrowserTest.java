package gt.observatorio.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The dashboard in real headless Chromium over the demo's published weeks. */
class DashboardBrowserTest {
  private static BrowserSession session;
  private static ChromeDriver driver;
  private static ApiClient api;

  @BeforeAll
  static void start() throws Exception {
    session = BrowserSession.onSharedDemo("dashboard");
    driver = session.driver;
    api = session.api();
  }

  @AfterAll
  static void stop() {
    if (session != null) {
      session.close();
    }
  }

  private static void open(String hash) {
    session.open(hash, "es");
  }

  private static void awaitView(String hash) {
    session.awaitView(hash);
  }

  private static WebDriverWait await() {
    return session.await();
  }

  @Test
  void theRankingShowsEveryInstitutionOfTheLatestWeekInOrder() {
    JsonArray expected = api.get("/api/v1/rankings").getJsonArray("institutions");
    open("");
    List<WebElement> rows = driver.findElements(By.cssSelector("#rows tr[data-code]"));
    assertThat(rows).hasSize(expected.size());
    for (int i = 0; i < rows.size(); i++) {
      assertThat(rows.get(i).getAttribute("data-code")).isEqualTo(expected.getJsonObject(i).getString("code"));
    }
    assertThat(driver.findElement(By.id("simulated")).isDisplayed()).as("simulated-data banner").isTrue();
    assertThat(driver.findElement(By.id("last-crawl")).getAttribute("datetime")).isNotBlank();
  }

  @Test
  void choosingASectorShowsOnlyItsInstitutionsAndKeepsTheFocus() {
    JsonArray all = api.get("/api/v1/rankings").getJsonArray("institutions");
    String sector = all.getJsonObject(0).getString("sector");
    long expected = all.stream().filter(o -> sector.equals(((JsonObject) o).getString("sector"))).count();
    open("");
    new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("sector-select"))).selectByValue(sector);
    await().until(d -> d.findElements(By.cssSelector("#rows tr[data-code]")).size() == expected);
    assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("sector-select");
    assertThat(driver.findElement(By.id("download-ranking-csv")).getAttribute("href")).contains("sector=" + sector);
    new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("sector-select"))).selectByValue("");
    await().until(d -> d.findElements(By.cssSelector("#rows tr[data-code]")).size() == all.size());
  }

  @Test
  void eachProfileShowsItsOwnDimensionsOnTheirScales() {
    open("");
    assertThat(headers()).contains("Formato", "Accesibilidad");
    new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("profile-select"))).selectByValue("mqa");
    await().until(d -> headers().contains("Localización (0-100 puntos)"));
    await().until(d -> headers().containsAll(List.of("Interoperabilidad (0-110 puntos)", "Reutilización (0-75 puntos)",
        "Contexto (0-20 puntos)")) && !headers().contains("Formato"));
    assertThat(driver.getCurrentUrl()).endsWith("?profile=mqa");
    assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("profile-select");
    new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("profile-select"))).selectByValue("5-estrellas");
    await().until(d -> d.findElements(By.cssSelector("#rows .stars")).size() > 0);
    assertThat(driver.findElement(By.cssSelector("#ranking thead")).getText()).contains("Estrellas (0-5)");
    new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("profile-select"))).selectByValue("observatorio");
    await().until(d -> headers().contains("Formato"));
  }

  /** The ranking's dimension headers; empty while the view is being redrawn (the wait asks again). */
  private static List<String> headers() {
    try {
      return driver.findElements(By.cssSelector("#ranking thead th.dim")).stream().map(WebElement::getText).toList();
    } catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
      return List.of();
    }
  }

  @Test
  void theLanguageSwitchesToEnglishAndBack() {
    open("");
    assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("Clasificación");
    driver.findElement(By.id("lang-toggle")).click();
    await().until(d -> d.findElement(By.tagName("h1")).getText().startsWith("Ranking of institutions"));
    assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
    assertThat(driver.findElement(By.cssSelector("nav a[href='#/metodologia']")).getText()).isEqualTo("Methodology");
    driver.findElement(By.id("lang-toggle")).click();
    await().until(d -> d.findElement(By.tagName("h1")).getText().startsWith("Clasificación"));
    assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("es");
  }

  @Test
  void clickingAnInstitutionThenADatasetShowsItsFindingsWithTheirAdvice() {
    JsonArray ranking = api.get("/api/v1/rankings").getJsonArray("institutions");
    String code = ranking.getJsonObject(ranking.size() - 1).getString("code");
    open("");
    driver.findElement(By.cssSelector("#rows tr[data-code='" + code + "'] a.institution-link")).click();
    awaitView("#/institucion/" + code);
    WebElement first = driver.findElement(By.cssSelector("#datasets a.dataset-link"));
    String href = first.getAttribute("href");
    long id = Long.parseLong(href.substring(href.lastIndexOf('/') + 1));
    first.click();
    awaitView("#/conjunto/" + id);
    JsonObject dataset = api.get("/api/v1/datasets/" + id).getJsonObject("dataset");
    JsonObject finding = dataset.getJsonArray("findings").getJsonObject(0);
    WebElement shown = driver.findElements(By.cssSelector("li.cause")).stream()
        .filter(c -> List.of(c.getAttribute("data-rules").split(" ")).contains(finding.getString("rule"))
            && c.getAttribute("data-evidence").equals(finding.getString("evidence") == null ? "" : finding.getString("evidence")))
        .findFirst().orElseThrow();
    assertThat(shown.findElement(By.cssSelector(".advice")).getText())
        .contains(finding.getJsonObject("advice").getString("es"));
  }

  @Test
  void theChartsOverTimeRender() {
    open("");
    int rows = driver.findElements(By.cssSelector("#rows tr[data-code]")).size();
    await().until(d -> d.findElements(By.cssSelector("#rows td.trend svg.spark path")).size() == rows);
    WebElement firstTrend = driver.findElement(By.cssSelector("#rows td.trend svg.spark path"));
    assertThat(firstTrend.getAttribute("d")).as("one point per published week, from /api/v1/rankings/trends")
        .matches("M[0-9. ]+(L[0-9. ]+){" + (SharedDemo.WEEKS - 1) + "}");
    WebElement overall = driver.findElement(By.cssSelector("svg.chart path[data-series]"));
    assertThat(overall.getAttribute("d")).matches("M[0-9. ]+(L[0-9. ]+){" + (SharedDemo.WEEKS - 1) + "}");
    assertThat(overall.getRect().getWidth()).isGreaterThan(100);
  }

  @Test
  void theRankingDownloadsAsCsv() throws Exception {
    open("");
    driver.findElement(By.id("download-ranking-csv")).click();
    Path csv = await().until(d -> {
      try (Stream<Path> files = Files.list(session.downloads)) {
        return files.filter(p -> p.toString().endsWith(".csv")).findFirst().orElse(null);
      } catch (IOException e) {
        return null;
      }
    });
    String text = Files.readString(csv, StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF\"posición / rank\",\"código / code\",\"nombre / name\"");
    int institutions = api.get("/api/v1/rankings").getJsonArray("institutions").size();
    assertThat(text.split("\r\n")).hasSize(institutions + 1);
  }

  @Test
  void theDatasetsPageFiltersWithTheKeyboardAlone() {
    open("#/conjuntos/");
    long all = api.get("/api/v1/datasets?size=1").getLong("total");
    assertThat(driver.findElement(By.id("dataset-total")).getText()).startsWith(all + " ");
    assertThat(driver.findElements(By.cssSelector("#all-datasets tbody tr"))).hasSize((int) Math.min(all, 50));
    WebElement text = driver.findElement(By.id("f-q"));
    text.click();
    String title = driver.findElement(By.cssSelector("#all-datasets tbody .dataset-link")).getText();
    String word = Stream.of(title.split("\\s+")).filter(w -> w.length() > 3).findFirst().orElse(title);
    text.sendKeys(word, org.openqa.selenium.Keys.ENTER);
    await().until(d -> String.valueOf(d.findElement(By.id("app")).getAttribute("data-ready")).startsWith("#/conjuntos/q="));
    long matching = api.get("/api/v1/datasets?size=1&q=" + java.net.URLEncoder.encode(word, StandardCharsets.UTF_8))
        .getLong("total");
    assertThat(matching).isPositive().isLessThanOrEqualTo(all);
    assertThat(driver.findElement(By.id("dataset-total")).getText()).startsWith(matching + " ");
    assertThat(driver.findElement(By.id("datasets-csv")).getAttribute("href")).contains("/api/v1/datasets.csv?");
  }

  @Test
  void onAPhoneTheRankingFitsTheScreenWidth() {
    open("");
    driver.manage().window().setSize(new Dimension(390, 844));
    Long overflow = (Long) driver.executeScript(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    assertThat(overflow).isLessThanOrEqualTo(0L);
    assertThat(driver.findElement(By.cssSelector("#rows tr[data-code] .score")).isDisplayed()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"#/", "#/institucion/DEMI", "#/metodologia", "#/descargas", "#/conjuntos/", "#/articulo-10",
      "#/plan"})
  void axeReportsNoSeriousAccessibilityViolation(String hash) throws IOException {
    open(hash);
    assertNoSeriousViolations();
  }

  @Test
  void axeReportsNoSeriousAccessibilityViolationOnADatasetPage() throws IOException {
    long id = api.get("/api/v1/institutions/DEMI/datasets").getJsonArray("datasets").getJsonObject(0).getLong("id");
    open("#/conjunto/" + id);
    assertNoSeriousViolations();
  }

  private static void assertNoSeriousViolations() {
    Browser.assertNoSeriousAxeViolation(driver);
  }
}
