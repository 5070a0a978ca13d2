package gt.observatorio.web.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import gt.observatorio.engine.domain.Institution;
import gt.observatorio.engine.domain.Source;
import gt.observatorio.web.Observatory;
import gt.observatorio.web.registry.Registry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * A CKAN portal on WireMock serving the {@code ckan/datos-gob-gt} fixture under a path prefix, with
 * robots.txt absent (allow all). Tests add the resources they need.
 */
public final class FixturePortal implements AutoCloseable {
  private final WireMockServer server;

  public FixturePortal() {
    server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
    server.stubFor(any(urlPathEqualTo("/robots.txt")).willReturn(aResponse().withStatus(404)));
  }

  public WireMockServer server() {
    return server;
  }

  public String baseUrl() {
    return server.baseUrl();
  }

  /** The fixture with its placeholders filled: this server's address and a recent date. */
  public String fixture(LocalDate recent) {
    return read("ckan/datos-gob-gt/package_search.json").replace("{{base}}", server.baseUrl())
        .replace("{{recent}}", recent.toString());
  }

  /** Serves {@code body} as the CKAN Action API under {@code prefix} (e.g. {@code /a/}). */
  public void catalog(String prefix, String body) {
    server.stubFor(get(urlPathEqualTo(prefix + "api/3/action/package_search"))
        .willReturn(aResponse().withHeader("Content-Type", "application/json;charset=utf-8").withBody(body)));
    server.stubFor(get(urlPathEqualTo(prefix + "api/3/action/status_show"))
        .willReturn(aResponse().withHeader("Content-Type", "application/json")
            .withBody("{\"success\":true,\"result\":{\"ckan_version\":\"2.10.4\"}}")));
  }

  /**
   * Serves the fixture (recent dates, every download a small CSV), registers it as the CKAN source
   * {@code mspas} of institution MSPAS of {@code obs} and crawls it now.
   */
  public void crawlAsMspas(Observatory obs) {
    catalog("/", fixture(LocalDate.now()));
    server.stubFor(any(urlPathMatching("/dataset/.*"))
        .willReturn(aResponse().withHeader("Content-Type", "text/csv").withBody("a,b\n1,2\n")));
    obs.registration().register(new Registry(List.of(new Institution("MSPAS", "Ministerio de Salud", "ministerio", "salud")),
        List.of(new Source("mspas", "MSPAS", URI.create(baseUrl() + "/"), "ckan", null))));
    obs.crawls().crawlAll(obs.registration().sources());
  }

  /**
   * A new observatory on the test database (already reset by the caller) with {@code institution} registered, this
   * portal as its one CKAN source (id: the code in lower case), crawled now.
   */
  public Observatory observe(Institution institution) {
    Observatory obs = Observatory.start(TestSettings.forDatabase(gt.observatorio.engine.testing.TestDatabase.config()),
        java.time.Clock.systemUTC(), false);
    obs.registration().register(new Registry(List.of(institution), List.of(new Source(
        institution.code().toLowerCase(java.util.Locale.ROOT), institution.code(), URI.create(baseUrl() + "/"), "ckan", null))));
    obs.crawls().crawlAll(obs.registration().sources());
    return obs;
  }

  static String read(String path) {
    try (InputStream in = FixturePortal.class.getClassLoader().getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.stop();
  }
}
