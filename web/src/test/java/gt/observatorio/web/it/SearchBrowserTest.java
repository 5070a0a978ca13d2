package gt.observatorio.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The header's search combobox in real headless Chromium: accents ignored, keyboard alone, both languages. */
class SearchBrowserTest {
  private static BrowserSession session;
  private static ChromeDriver driver;

  @BeforeAll
  static void start() throws Exception {
    session = BrowserSession.onSharedDemo("search");
    driver = session.driver;
  }

  @AfterAll
  static void stop() {
    if (session != null) {
      session.close();
    }
  }

  private static void open(String lang, int width) {
    session.open("#/", lang, width);
  }

  private static WebDriverWait await() {
    return session.await();
  }

  private static WebElement box() {
    return driver.findElement(By.id("q"));
  }

  private static List<String> options() {
    return driver.findElements(By.cssSelector("#q-list [role=option]")).stream().map(WebElement::getText).toList();
  }

  private static void type(String text) {
    WebElement q = box();
    q.click();
    q.sendKeys(text);
    await().until(d -> "true".equals(box().getAttribute("aria-expanded")));
  }

  @Test
  void unaccentedTextOffersTheInstitutionAndTheKeyboardOpensIt() {
    open("es", 1366);
    type("gobernacion");
    assertThat(box().getAttribute("role")).isEqualTo("combobox");
    assertThat(options()).anySatisfy(o -> assertThat(o).contains("Ministerio de Gobernación"));
    assertThat(driver.findElement(By.cssSelector("#q-list [role=group]")).getText()).startsWith("Instituciones");
    box().sendKeys(Keys.ARROW_DOWN);
    String first = driver.findElement(By.cssSelector("#q-list [role=option]")).getAttribute("id");
    assertThat(box().getAttribute("aria-activedescendant")).isEqualTo(first);
    assertThat(driver.findElement(By.id(first)).getAttribute("aria-selected")).isEqualTo("true");
    assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("q");
    box().sendKeys(Keys.ARROW_UP, Keys.ARROW_DOWN);
    assertThat(box().getAttribute("aria-activedescendant")).isEqualTo(first);
    String href = driver.findElement(By.id(first)).getAttribute("data-href");
    box().sendKeys(Keys.ENTER);
    await().until(d -> href.equals(d.findElement(By.id("app")).getAttribute("data-ready")));
    assertThat(href).isEqualTo("#/institucion/MINGOB");
    assertThat(box().getAttribute("aria-expanded")).isEqualTo("false");
  }

  @Test
  void escapeClosesTheListThenEmptiesTheBox() {
    open("es", 390);
    type("mujer");
    Long overflow = (Long) driver.executeScript(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    assertThat(overflow).isLessThanOrEqualTo(0L);
    box().sendKeys(Keys.ESCAPE);
    assertThat(box().getAttribute("aria-expanded")).isEqualTo("false");
    assertThat(driver.findElement(By.id("q-list")).isDisplayed()).isFalse();
    assertThat(box().getAttribute("value")).isEqualTo("mujer");
    box().sendKeys(Keys.ESCAPE);
    assertThat(box().getAttribute("value")).isEmpty();
  }

  @Test
  void enterWithoutAChoiceListsEveryResultGroupedInEnglish() {
    open("en", 1366);
    assertThat(driver.findElement(By.cssSelector("label[for=q]")).getText())
        .isEqualTo("Search an institution, dataset or publisher");
    type("MINGOB");
    assertThat(driver.findElements(By.cssSelector("#q-list .search-group")).stream().map(WebElement::getText))
        .contains("Institutions", "Datasets", "Publishers");
    box().sendKeys(Keys.ENTER);
    await().until(d -> "#/buscar/MINGOB".equals(d.findElement(By.id("app")).getAttribute("data-ready")));
    assertThat(driver.findElements(By.cssSelector("#app h2")).stream().map(WebElement::getText))
        .anySatisfy(h -> assertThat(h).startsWith("Institutions ("))
        .anySatisfy(h -> assertThat(h).startsWith("Datasets ("))
        .anySatisfy(h -> assertThat(h).startsWith("Publishers ("));
  }

  @Test
  void axeReportsNoSeriousViolationWithTheListOpen() {
    open("es", 1366);
    type("ministerio");
    box().sendKeys(Keys.ARROW_DOWN);
    Browser.assertNoSeriousAxeViolation(driver);
  }

  @Test
  void resultsKeepTheProfileOfThePageLikeEveryOtherLink() {
    session.open("#/?profile=mqa", "es", 1366);
    type("gobernacion");
    assertThat(driver.findElements(By.cssSelector("#q-list [role=option]:not([aria-disabled])")))
        .isNotEmpty().allSatisfy(o -> assertThat(o.getAttribute("data-href")).endsWith("?profile=mqa"));
    box().sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
    await().until(d -> "#/institucion/MINGOB?profile=mqa".equals(d.findElement(By.id("app")).getAttribute("data-ready")));
    assertThat(driver.findElement(By.cssSelector(".headline .score")).getText()).contains("/ 405");
    box().clear();
    type("MINGOB");
    box().sendKeys(Keys.ENTER);
    await().until(d -> "#/buscar/MINGOB?profile=mqa".equals(d.findElement(By.id("app")).getAttribute("data-ready")));
    assertThat(driver.findElements(By.cssSelector("#app .search-results a"))).isNotEmpty()
        .allSatisfy(a -> assertThat(a.getAttribute("href")).endsWith("?profile=mqa"));
  }
}
