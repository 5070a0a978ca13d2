package gt.observatorio.crawler.laip;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import gt.observatorio.crawler.CrawlerContext;
import gt.observatorio.crawler.TestCrawler;
import gt.observatorio.engine.domain.LaipNumeralCheck;
import gt.observatorio.engine.domain.LaipStatus;
import java.net.URI;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Real-shaped portals of each layout, checked at 2 June 2025 (TestCrawler's clock). */
class LaipCheckerTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final LaipPortal portal = new LaipPortal(wm);

  private static Map<Integer, LaipStatus> found(Map<Integer, LaipNumeralCheck> m) {
    return m.values().stream().filter(n -> n.status() != LaipStatus.NOT_FOUND)
        .collect(Collectors.toMap(LaipNumeralCheck::numeral, LaipNumeralCheck::status, (a, b) -> a, TreeMap::new));
  }

  @Test
  void readsTheLaipGtPlatformOnePagePerNumeral() {
    portal.page("/", "laip-gt/index.html");
    for (String n : new String[] {"1-estructura-organica", "2-direccion-y-telefonos", "4-remuneraciones",
        "8-ejecucion-presupuestaria", "22-compras-directas", "26-archivo"}) {
      portal.page("/index.php/" + n, "laip-gt/n" + n.substring(0, n.indexOf('-')) + ".html");
    }
    wm.stubFor(any(urlPathMatching("/index.php/.*")).withQueryParam("download", matching(".+"))
        .willReturn(aResponse().withHeader("Content-Type", "application/pdf").withBody("%PDF-1.4")));

    Map<Integer, LaipNumeralCheck> m = portal.check("/");

    assertThat(portal.checklist().layout()).isEqualTo("laip.gt");
    assertThat(found(m)).containsExactlyEntriesOf(new TreeMap<>(Map.of(1, LaipStatus.CURRENT, 2, LaipStatus.CURRENT,
        4, LaipStatus.CURRENT, 8, LaipStatus.STALE, 12, LaipStatus.BROKEN, 22, LaipStatus.BROKEN,
        26, LaipStatus.CURRENT)));
    assertThat(m.get(4).latestDate()).isEqualTo("2025-04");
    assertThat(m.get(4).evidence()).contains(portal.base() + "/index.php/4-remuneraciones?download=43:nomina-abril-2025",
        portal.base() + "/index.php/4-remuneraciones?download=44:viaticos-abril-2025");
    assertThat(m.get(8).latestDate()).isEqualTo("2024-11");
    assertThat(m.get(12).brokenLinks()).containsExactly(portal.base() + "/index.php/12-viajes");
    assertThat(m.get(22).brokenLinks()).containsExactly(portal.base() + "/images/transparencia/compras-directas-marzo-2025.pdf");
    assertThat(m.get(26).latestDate()).isEqualTo("2024-01");
    assertThat(m.get(2).evidence()).containsExactly(portal.base() + "/index.php/2-direccion-y-telefonos");
    assertThat(portal.checklist().compliancePercent()).isEqualTo(Math.round(1000.0 * 4 / 29) / 10.0);
  }

  @Test
  void readsAWordPressAccordionByItsSectionHeadings() {
    portal.page("/acceso-a-la-informacion-publica/", "wordpress/ipo.html");
    for (String f : new String[] {"2025/05/Directorio.pdf", "2025/05/Planilla-Renglon-011-Abril-2025.pdf",
        "2025/05/Planilla-Renglon-029-Abril-2025.pdf", "2025/01/Presupuesto-aprobado-2025.pdf",
        "2025/01/Ejecucion-presupuestaria-diciembre-2024.pdf", "2023/02/Inventario-2022.xlsx"}) {
      portal.file("/wp-content/uploads/" + f, null);
    }
    portal.page("/Compras/ConsultaEntidad.aspx?e=1234", "wordpress/ipo.html");

    Map<Integer, LaipNumeralCheck> m = portal.check("/acceso-a-la-informacion-publica/");

    assertThat(portal.checklist().layout()).isEqualTo("wordpress");
    assertThat(found(m)).containsExactlyEntriesOf(new TreeMap<>(Map.of(3, LaipStatus.CURRENT, 4, LaipStatus.CURRENT,
        7, LaipStatus.CURRENT, 8, LaipStatus.STALE, 10, LaipStatus.STALE, 13, LaipStatus.STALE)));
    assertThat(m.get(4).latestDate()).isEqualTo("2025-04");
    assertThat(m.get(8).latestDate()).isEqualTo("2024-12");
    assertThat(m.get(10).evidence()).containsExactly("http://localhost:" + wm.getPort()
        + "/Compras/ConsultaEntidad.aspx?e=1234");
    assertThat(m.get(13).latestDate()).as("the year its text names").isEqualTo("2022-01");
    assertThat(m.get(18).status()).as("the menu's 'Obras' is not numeral 18").isEqualTo(LaipStatus.NOT_FOUND);
  }

  @Test
  void walksAFolderListingAndReadsDatesFromFolderFileNamesAndLastModified() {
    portal.page("/ipo/", "listing/ipo.html");
    portal.page("/ipo/01-Estructura-Organica/", "listing/n01.html");
    portal.page("/ipo/04-Remuneraciones/", "listing/n04.html");
    portal.page("/ipo/04-Remuneraciones/2024/", "listing/n04-2024.html");
    portal.page("/ipo/04-Remuneraciones/2025/", "listing/n04-2025.html");
    portal.page("/ipo/08-Ejecucion-Presupuestaria/", "listing/n08.html");
    portal.page("/ipo/26-Archivo/", "listing/n26.html");
    for (int month = 1; month <= 4; month++) {
      portal.file("/ipo/04-Remuneraciones/2025/nomina-2025-0" + month + ".pdf", null);
    }
    portal.file("/ipo/08-Ejecucion-Presupuestaria/ejecucion-vigente.pdf", "Mon, 05 May 2025 08:30:00 GMT");
    portal.file("/ipo/26-Archivo/Informe-de-archivo-2023.pdf", "Wed, 01 Mar 2023 11:00:00 GMT");

    Map<Integer, LaipNumeralCheck> m = portal.check("/ipo/");

    assertThat(portal.checklist().layout()).isEqualTo("listing");
    assertThat(found(m)).containsExactlyEntriesOf(new TreeMap<>(Map.of(1, LaipStatus.BROKEN, 4, LaipStatus.CURRENT,
        8, LaipStatus.CURRENT, 26, LaipStatus.STALE)));
    assertThat(m.get(1).brokenLinks()).containsExactly(portal.base() + "/ipo/01-Estructura-Organica/Organigrama.pdf");
    assertThat(m.get(4).latestDate()).isEqualTo("2025-04");
    assertThat(m.get(4).evidence()).contains(portal.base() + "/ipo/04-Remuneraciones/2025/nomina-2025-04.pdf");
    assertThat(m.get(8).latestDate()).as("from Last-Modified").isEqualTo("2025-05");
    assertThat(m.get(26).latestDate()).isEqualTo("2023-01");
  }

  @Test
  void readsNumberedSectionsAndTableRowsWithoutBeingFooledByFileNames() {
    portal.page("/transparencia/articulo-10", "sections/articulo-10.html");
    for (String f : new String[] {"organigrama-2025.pdf", "POA-2025.pdf", "compras-directas-y-contrataciones-mayo-2025.xlsx",
        "informe-cgc-2024.pdf", "indice-clasificada.pdf", "sociolinguistica-ene-25.xlsx"}) {
      portal.file("/ipo/docs/" + f, null);
    }

    Map<Integer, LaipNumeralCheck> m = portal.check("/transparencia/articulo-10");

    assertThat(portal.checklist().layout()).isEqualTo("sections");
    assertThat(found(m)).containsExactlyEntriesOf(new TreeMap<>(Map.of(1, LaipStatus.CURRENT, 5, LaipStatus.CURRENT,
        9, LaipStatus.BROKEN, 20, LaipStatus.CURRENT, 23, LaipStatus.CURRENT, 27, LaipStatus.CURRENT,
        28, LaipStatus.STALE)));
    assertThat(m.get(20).evidence()).containsExactly(
        portal.base() + "/ipo/docs/compras-directas-y-contrataciones-mayo-2025.xlsx");
    assertThat(m.get(28).latestDate()).isEqualTo("2025-01");
    assertThat(m.get(9).brokenLinks()).containsExactly(portal.base() + "/ipo/docs/depositos-marzo-2025.pdf");
    assertThat(m.get(28).brokenLinks()).as("the footer's link is not numeral 28's").isEmpty();
    assertThat(m.values()).flatExtracting(LaipNumeralCheck::evidence).doesNotContain(portal.base() + "/transparencia/manuales");
  }

  @Test
  void theLaipHarvesterIsRegisteredAndGivesOneDatasetPerNumeralFound() {
    portal.page("/transparencia/articulo-10", "sections/articulo-10.html");
    portal.file("/ipo/docs/sociolinguistica-ene-25.xlsx", null);
    java.util.List<gt.observatorio.engine.domain.Dataset> got = new java.util.ArrayList<>();
    try (CrawlerContext ctx = TestCrawler.context()) {
      var summary = gt.observatorio.crawler.Harvesters.load(ctx).forKind("laip")
          .harvest(URI.create(portal.base() + "/transparencia/articulo-10"), got::add);
      assertThat(summary.datasets()).isEqualTo(got.size());
    }
    assertThat(got).extracting(d -> d.identifier())
        .containsExactly("art10-1", "art10-5", "art10-9", "art10-20", "art10-23", "art10-27", "art10-28");
    var n28 = got.get(6);
    assertThat(n28.modified()).isEqualTo("2025-01");
    assertThat(n28.accrualPeriodicity()).isEqualTo("R/P1M");
    assertThat(n28.distributions()).extracting(x -> x.downloadUrl())
        .containsExactly(portal.base() + "/ipo/docs/sociolinguistica-ene-25.xlsx");
  }

  @Test
  void anUnreachableIndexIsAnIssueAndEveryNumeralNotFound() {
    Map<Integer, LaipNumeralCheck> m = portal.check("/no-existe/");
    assertThat(portal.checklist().issues()).extracting(i -> i.code()).containsExactly("laip.index_unreachable");
    assertThat(m.values()).allMatch(n -> n.status() == LaipStatus.NOT_FOUND);
  }
}
