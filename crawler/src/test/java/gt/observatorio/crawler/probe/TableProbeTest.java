package gt.observatorio.crawler.probe;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import gt.observatorio.crawler.CrawlerContext;
import gt.observatorio.crawler.TestCrawler;
import gt.observatorio.crawler.content.TableInspector;
import gt.observatorio.engine.domain.ProbeResult;
import gt.observatorio.engine.domain.TableProfile;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The prober reads at most the byte budget of a tabular file, however large, and checks that part of its table. */
class TableProbeTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  static byte[] largeCsv(int bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes + 100);
    out.writeBytes("departamento,municipio,monto,fecha\n".getBytes(StandardCharsets.UTF_8));
    for (int i = 0; out.size() < bytes; i++) {
      out.writeBytes(("Petén,Flores," + i + ".50,2024-01-" + (10 + i % 18) + "\n").getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  @Test
  void aLargeCsvIsReadOnlyUpToTheBudget() {
    byte[] csv = largeCsv(16 * 1024 * 1024);
    wm.stubFor(head(urlEqualTo("/grande.csv")).willReturn(aResponse().withHeader("Content-Type", "text/csv")
        .withHeader("Content-Length", String.valueOf(csv.length))));
    wm.stubFor(get(urlEqualTo("/grande.csv")).willReturn(aResponse().withHeader("Content-Type", "text/csv").withBody(csv)));
    CrawlerContext ctx = TestCrawler.context();
    try {
      ProbeResult r = new HttpProber(ctx).probe(wm.baseUrl() + "/grande.csv", null);
      TableProfile t = r.table();
      assertThat(r.format()).as(r.outcome() + " " + r.detail()).isEqualTo("CSV");
      assertThat(t).isNotNull();
      assertThat(t.bytesRead()).isEqualTo(ctx.config().content().maxBytes());
      assertThat(t.complete()).isFalse();
      assertThat(t.rows()).isGreaterThan(20_000);
      assertThat(t.issues()).isEmpty();
    } finally {
      ctx.close();
    }
  }

  @Test
  void aSmallCsvReadWholeByTheProbesRangedGetCostsNoThirdRequest() {
    wm.stubFor(head(urlEqualTo("/pequeno.csv")).willReturn(aResponse().withHeader("Content-Type", "text/csv")));
    wm.stubFor(get(urlEqualTo("/pequeno.csv")).willReturn(aResponse().withHeader("Content-Type", "text/csv")
        .withBody("departamento,monto\nPetén,10\n")));
    try (CrawlerContext ctx = TestCrawler.context()) {
      ProbeResult r = new HttpProber(ctx).probe(wm.baseUrl() + "/pequeno.csv", null);
      assertThat(r.table()).isNotNull();
      assertThat(r.table().complete()).isTrue();
      assertThat(r.table().rows()).as("one data row below the header").isEqualTo(1);
      assertThat(wm.findAll(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
          urlEqualTo("/pequeno.csv")))).hasSize(1);
    }
  }

  @Test
  void inspectingTheBudgetAllocatesABoundedAmount() {
    byte[] budget = java.util.Arrays.copyOf(largeCsv(1_048_576), 1_048_576);
    com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long before = mx.getCurrentThreadAllocatedBytes();
    TableProfile t = TableInspector.inspect("CSV", budget, false);
    long allocated = mx.getCurrentThreadAllocatedBytes() - before;
    System.out.printf("table check of a 1 MiB budget: %d rows, %.1f MiB allocated in total (short-lived), "
        + "retained: the profile (%d issues)%n", t.rows(), allocated / 1048576.0, t.issues().size());
    assertThat(t.rows()).isGreaterThan(20_000);
    assertThat(t.issues()).isEmpty();
  }

  private static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** A workbook of {@code rows} rows (a header, then numbers typed as text in column 2) padded to {@code bytes}. */
  static byte[] workbook(int rows, int bytes) throws Exception {
    java.util.List<java.util.List<String>> table = new java.util.ArrayList<>();
    table.add(java.util.List.of("municipio", "monto", "total"));
    for (int i = 0; i < rows; i++) {
      table.add(java.util.List.of("Mixco " + i, String.valueOf(i % 1000 + 1), "#" + (i * 7919L % 1_000_003) + ".25"));
    }
    return gt.observatorio.crawler.content.TableInspectorTest.Ooxml.xlsx(table, bytes);
  }

  private void serve(String path, byte[] body) {
    wm.stubFor(head(urlEqualTo(path)).willReturn(aResponse().withHeader("Content-Type", XLSX_TYPE)
        .withHeader("Content-Length", String.valueOf(body.length))));
    wm.stubFor(get(urlEqualTo(path)).willReturn(aResponse().withHeader("Content-Type", XLSX_TYPE).withBody(body)));
  }

  @Test
  void anXlsxLargerThanTheTextBudgetIsReadWholeWithinTheSpreadsheetBudget() throws Exception {
    byte[] xlsx = workbook(50, 2 * 1024 * 1024);
    serve("/libro.xlsx", xlsx);
    try (CrawlerContext ctx = TestCrawler.context()) {
      assertThat(xlsx.length).isGreaterThan(ctx.config().content().maxBytes())
          .isLessThan(ctx.config().content().maxSpreadsheetBytes());
      ProbeResult r = new HttpProber(ctx).probe(wm.baseUrl() + "/libro.xlsx", null);
      assertThat(r.format()).isEqualTo("XLSX");
      TableProfile t = r.table();
      assertThat(t.unreadable()).isNull();
      assertThat(t.complete()).isTrue();
      assertThat(t.rows()).isEqualTo(50);
      assertThat(t.issues()).extracting(gt.observatorio.engine.domain.TableIssue::code)
          .containsExactly("values.number-as-text");
    }
  }

  @Test
  void anXlsxLargerThanTheSpreadsheetBudgetIsNotCheckedAndNotFetched() throws Exception {
    byte[] xlsx = workbook(50, 6 * 1024 * 1024);
    serve("/enorme.xlsx", xlsx);
    try (CrawlerContext ctx = TestCrawler.context()) {
      ProbeResult r = new HttpProber(ctx).probe(wm.baseUrl() + "/enorme.xlsx", null);
      assertThat(r.format()).isEqualTo("XLSX");
      TableProfile t = r.table();
      assertThat(t.oversize()).isEqualTo(new TableProfile.Oversize(xlsx.length, ctx.config().content().maxSpreadsheetBytes()));
      assertThat(t.unreadable()).contains("larger than the byte budget");
      assertThat(wm.findAll(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlEqualTo("/enorme.xlsx"))))
          .as("only the probe's own ranged GET").hasSize(1);
    }
  }

  /** The memory bound on a large workbook: 150,000 rows within the spreadsheet budget, read up to the row limit. */
  @Test
  void aLargeXlsxWithinTheBudgetCostsBoundedMemory() throws Exception {
    byte[] xlsx = workbook(150_000, 0);
    com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long before = mx.getCurrentThreadAllocatedBytes();
    long start = System.nanoTime();
    TableProfile t = TableInspector.inspect("XLSX", xlsx, true);
    long allocated = mx.getCurrentThreadAllocatedBytes() - before;
    System.out.printf("XLSX check of a %.1f MiB workbook (150,000 rows): %d rows read, %.1f MiB allocated in total, %d ms%n",
        xlsx.length / 1048576.0, t.rows(), allocated / 1048576.0, (System.nanoTime() - start) / 1_000_000);
    assertThat(xlsx.length).isLessThan(TestCrawler.config(java.util.Map.of()).content().maxSpreadsheetBytes());
    assertThat(t.rows()).isEqualTo(gt.observatorio.crawler.content.TableInspectorTest.Ooxml.MAX_ROWS_READ - 1);
    assertThat(allocated).as("allocated bytes").isLessThan(512L * 1024 * 1024);
  }

  @Test
  void anOdsServedAsOctetStreamIsNamedAndItsSheetChecked() throws Exception {
    byte[] ods = gt.observatorio.crawler.content.OdsTableTest.Odf.ods(
        gt.observatorio.crawler.content.OdsTableTest.fixture("ejecucion-defectos.content.xml"));
    wm.stubFor(head(urlEqualTo("/hoja")).willReturn(aResponse().withHeader("Content-Type", "application/octet-stream")));
    wm.stubFor(get(urlEqualTo("/hoja")).willReturn(aResponse().withHeader("Content-Type", "application/octet-stream")
        .withBody(ods)));
    try (CrawlerContext ctx = TestCrawler.context()) {
      ProbeResult r = new HttpProber(ctx).probe(wm.baseUrl() + "/hoja", null);
      assertThat(r.format()).isEqualTo("ODS");
      assertThat(r.table().kind()).isEqualTo("ods");
      assertThat(r.table().issues("values.")).extracting(gt.observatorio.engine.domain.TableIssue::code)
          .contains("values.number-as-text");
    }
  }
}
