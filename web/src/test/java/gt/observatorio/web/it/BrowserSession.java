package gt.observatorio.web.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium for a browser test class, pointed at a server: Chromium required (skipped on a developer's
 * machine without it, failed on CI), the server started, a download folder, the driver; {@link #open} loads a view
 * afresh in a language and width and waits until the app says it is drawn. A class keeps it in a static field from
 * {@code @BeforeAll} and closes it in {@code @AfterAll}.
 */
final class BrowserSession implements AutoCloseable {
  /** The width the browser starts with; {@link #open(String, String)} uses it. */
  static final int DESKTOP = 1280;
  final ChromeDriver driver;
  /** {@code http://127.0.0.1:PORT} of the server under test. */
  final String base;
  final Path downloads;
  private final int port;

  private BrowserSession(int port, String name) throws Exception {
    this.port = port;
    this.base = "http://127.0.0.1:" + port;
    this.downloads = Files.createTempDirectory(name + "-downloads");
    this.driver = Browser.start(downloads);
  }

  /** A session on the run's shared demo (4 simulated weeks, started on first use). */
  static BrowserSession onSharedDemo(String name) throws Exception {
    return start(name, () -> SharedDemo.get().port());
  }

  /** A session on a server the test starts itself (only once Chromium is known to be there); {@code server} gives its port. */
  static BrowserSession start(String name, Callable<Integer> server) throws Exception {
    Browser.requireChromium();
    return new BrowserSession(server.call(), name);
  }

  /** A blocking client for the same server's API. */
  ApiClient api() {
    return new ApiClient(port);
  }

  /** A 20 s wait that asks again when the element it looked at was redrawn meanwhile. */
  WebDriverWait await() {
    return (WebDriverWait) new WebDriverWait(driver, Duration.ofSeconds(20))
        .ignoring(StaleElementReferenceException.class);
  }

  /** {@link #open(String, String, int)} on a {@link #DESKTOP} window. */
  void open(String hash, String lang) {
    open(hash, lang, DESKTOP);
  }

  /**
   * Loads {@code hash} afresh (no cache, a new tab session: sessionStorage emptied) in {@code lang} as the language
   * switch leaves it, in a window {@code width} px wide, and waits until the app has drawn that view.
   */
  void open(String hash, String lang, int width) {
    String h = hash.isEmpty() ? "#/" : hash;
    driver.manage().window().setSize(new Dimension(width, 900));
    driver.get(base + "/?fresh=" + System.nanoTime() + h);
    driver.executeScript("sessionStorage.clear(); localStorage.setItem('lang', arguments[0])", lang);
    driver.navigate().refresh();
    awaitView(h);
  }

  /** Waits until the app says the view of {@code hash} is drawn. */
  void awaitView(String hash) {
    await().until(d -> hash.equals(d.findElement(By.id("app")).getAttribute("data-ready")));
  }

  @Override
  public void close() {
    driver.quit();
  }
}
