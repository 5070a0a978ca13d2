package gt.observatorio.crawler.laip;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import gt.observatorio.engine.domain.HarvestIssue;
import gt.observatorio.engine.domain.LaipNumeralCheck;
import gt.observatorio.engine.domain.LaipStatus;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Pages drawn by JavaScript and cloud storage folders are "not verifiable", never "not found" or broken. */
class LaipUnreadableLayoutsTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final LaipPortal portal = new LaipPortal(wm);

  @Test
  void anIndexDrawnByJavaScriptMakesEveryNumeralNotVerifiableAndNoScriptIsFetched() {
    portal.page("/", "javascript/index.html");

    Map<Integer, LaipNumeralCheck> m = portal.check("/");

    assertThat(portal.checklist().layout()).isEqualTo("javascript");
    assertThat(m.values()).hasSize(29).allMatch(n -> n.status() == LaipStatus.NOT_VERIFIABLE);
    assertThat(portal.checklist().issues()).extracting(HarvestIssue::code).containsExactly("laip.requires_javascript");
    assertThat(portal.checklist().issues().get(0).message()).contains("la página requiere JavaScript");
    assertThat(wm.findAll(anyRequestedFor(urlPathMatching("/static/.*")))).isEmpty();
  }

  @Test
  void aNumeralPageDrawnByJavaScriptIsNotVerifiableWhileTheOthersAreChecked() {
    portal.page("/transparencia/", "javascript/sections.html");
    portal.page("/transparencia/remuneraciones", "javascript/remuneraciones.html");
    portal.pdfs("/ipo/.*");

    Map<Integer, LaipNumeralCheck> m = portal.check("/transparencia/");

    assertThat(portal.checklist().layout()).isEqualTo("sections");
    assertThat(m.get(4).status()).isEqualTo(LaipStatus.NOT_VERIFIABLE);
    assertThat(m.get(4).evidence()).containsExactly(portal.base() + "/transparencia/remuneraciones");
    assertThat(m.get(1).status()).isEqualTo(LaipStatus.CURRENT);
    assertThat(portal.checklist().issues()).extracting(HarvestIssue::code, HarvestIssue::url)
        .containsExactly(tuple("laip.requires_javascript", portal.base() + "/transparencia/remuneraciones"));
    assertThat(wm.findAll(anyRequestedFor(urlPathMatching("/(transparencia/app\\.js|api/).*")))).isEmpty();
  }

  @Test
  void numeralsPublishedInCloudFoldersAreNotVerifiableAndTheFoldersAreNeverFetched() {
    portal.page("/transparencia/", "external/index.html");
    portal.page("/transparencia/compras-directas", "external/compras-directas.html");
    portal.pdfs("/documentos/.*");

    Map<Integer, LaipNumeralCheck> m = portal.check("/transparencia/");

    for (int n : new int[] {1, 8, 9, 22}) {
      assertThat(m.get(n).status()).as("numeral " + n).isEqualTo(LaipStatus.NOT_VERIFIABLE);
      assertThat(m.get(n).brokenLinks()).as("numeral " + n + ": unknown hosts would have been broken").isEmpty();
    }
    assertThat(m.get(4).status()).isEqualTo(LaipStatus.CURRENT);
    assertThat(m.get(1).evidence()).containsExactly(
        "https://drive.google.com/drive/folders/1aBcDeFgHiJkLmNoPqRsTuVwXyZ012345?usp=sharing");
    assertThat(m.get(22).evidence()).first().asString().startsWith("https://drive.google.com/drive/u/0/folders/");
    assertThat(portal.checklist().issues()).extracting(HarvestIssue::code).containsOnly("laip.external_folder").hasSize(4);
    assertThat(portal.checklist().issues()).extracting(HarvestIssue::message)
        .allMatch(msg -> msg.contains("carpeta externa") && msg.contains("cannot be verified automatically"));
  }

  @ParameterizedTest
  @CsvSource({
      "https://drive.google.com/drive/folders/1aBc, true",
      "https://drive.google.com/file/d/1aBc/view, true",
      "https://onedrive.live.com/?id=ABC%21105, true",
      "https://1drv.ms/f/s!AbC, true",
      "https://municipio.sharepoint.com/:f:/g/transparencia, true",
      "https://www.dropbox.com/scl/fo/abc/h?dl=0, true",
      "https://dropbox.com/sh/abc/def, true",
      "https://munisanjuan.gob.gt/transparencia/drive/folders, false",
      "https://evil-drive.google.com.example.org/drive/folders/x, false",
      "https://docs.google.com/spreadsheets/d/1aBc, false"})
  void recognisesCloudStorageByItsHost(String url, boolean external) {
    assertThat(ExternalStorage.matches(url)).isEqualTo(external);
  }
}
