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
}
