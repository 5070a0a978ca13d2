package gt.observatorio.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** The maturity views in real headless Chromium over the shared demo. */
class MaturityBrowserTest {
  private static BrowserSession session;
  private static ChromeDriver driver;
  private static ApiClient api;

  @BeforeAll
  static void start() throws Exception {
    session = BrowserSession.onSharedDemo("maturity");
    driver = session.driver;
    api = session.api();
  }

  @AfterAll
  static void stop() {
    if (session != null) {
      session.close();
    }
  }

  private static void open(String hash, String lang) {
    session.open(hash, lang);
  }

  @Test
  void theNationalTableListsEveryInstitutionInTheApisOrderWithAChart() {
    JsonArray expected = api.get("/api/v1/maturity").getJsonArray("institutions");
    open("#/madurez", "es");
    List<WebElement> links = driver.findElements(By.cssSelector("#maturity-table a.maturity-link"));
    assertThat(links).hasSize(expected.size());
    assertThat(driver.findElements(By.cssSelector("#app svg.chart rect"))).hasSize(expected.size());
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Madurez institucional");
    Browser.assertNoSeriousAxeViolation(driver);
  }

  @Test
  void anInstitutionShowsItsCriteriaWithEvidenceAndKeyDatasets() {
    String code = api.get("/api/v1/maturity").getJsonArray("institutions").getJsonObject(0).getString("institution");
    open("#/madurez/" + code, "es");
    assertThat(driver.findElements(By.cssSelector("tr[id^='criterion-']")))
        .hasSize(api.get("/api/v1/maturity/model").getJsonArray("criteria").size());
    assertThat(driver.findElement(By.id("app")).getText()).contains("Conjuntos de datos clave que faltan");
    assertThat(driver.findElements(By.cssSelector("tr[id^='criterion-'] a"))).isNotEmpty();
  }

  @Test
  void theMethodologyIsGeneratedFromTheModelInEnglishToo() {
    open("#/madurez-metodologia", "en");
    String text = driver.findElement(By.id("app")).getText();
    assertThat(text).contains("Methodology of the maturity model").contains("Policy and governance")
        .contains("Open Data Inventory").contains(api.get("/api/v1/maturity/model").getString("hash"));
    open("#/madurez-metodologia", "es");
    assertThat(driver.findElement(By.id("app")).getText()).contains("Metodología del modelo de madurez")
        .contains("Política y gobernanza");
  }
}
