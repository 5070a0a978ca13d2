package gt.observatorio.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium driven by its chromedriver, with every path given so that Selenium
 * Manager never downloads anything. Missing Chromium skips the browser tests on a developer's
 * machine, and fails them on CI ({@code CI=true}).
 */
final class Browser {
  static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_BIN", "/usr/bin/chromium"));
  static final Path DRIVER = Path.of(System.getenv().getOrDefault("CHROMEDRIVER_BIN", "/usr/bin/chromedriver"));

  private Browser() {}

  /** Skips (or, on CI, fails) the calling test class when Chromium or its driver is missing. */
  static void requireChromium() {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    String message = "Chromium or chromedriver missing (" + CHROMIUM + ", " + DRIVER
        + "): install Debian's chromium and chromium-driver (.ci/install-system-packages)";
    if (!present && "true".equals(System.getenv("CI"))) {
      Assertions.fail(message + "; on CI the browser tests must run");
    }
    Assumptions.assumeTrue(present, message + "; browser tests skipped");
  }

  static ChromeDriver start(Path downloads) {
    System.setProperty("webdriver.chrome.driver", DRIVER.toString());
    System.setProperty("SE_AVOID_STATS", "true");
    Path profile;
    try {
      profile = Files.createTempDirectory("chromium-profile");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-extensions", "--window-size=1280,900", "--lang=es", "--user-data-dir=" + profile);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
        "download.prompt_for_download", false, "safebrowsing.enabled", false));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort().withTimeout(Duration.ofSeconds(30)).build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    return driver;
  }

  /** Runs axe-core (served from the test resources, no CDN) on the open page; fails on a serious or critical violation. */
  @SuppressWarnings("unchecked")
  static void assertNoSeriousAxeViolation(ChromeDriver driver) {
    String axe;
    try (var in = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
      axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    driver.executeScript(axe);
    Object result = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
        + "axe.run(document).then(r => done({passes: r.passes.length, serious: r.violations"
        + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
        + ".map(v => ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.html)}))}));");
    Map<String, Object> report = (Map<String, Object>) result;
    assertThat((Long) report.get("passes"))
        .as("axe-core rules that ran and passed").isPositive();
    assertThat((List<Map<String, Object>>) report.get("serious"))
        .as("serious or critical axe-core violations").isEmpty();
  }

  /** The browser console's errors since the last call (the log is emptied as it is read). */
  static List<String> consoleErrors(ChromeDriver driver) {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
  }

  /** How many CSS pixels the page is wider than the window (0 when nothing scrolls sideways). */
  static long horizontalOverflow(ChromeDriver driver) {
    return (Long) driver.executeScript(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
  }
}
