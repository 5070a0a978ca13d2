package gt.observatorio.crawler.content;

import static org.assertj.core.api.Assertions.assertThat;

import gt.observatorio.engine.domain.TableIssue;
import gt.observatorio.engine.domain.TableProfile;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** ODS sheets read with the same checks as XLSX, repeats counted not expanded, a cut package read up to the cut. */
public class OdsTableTest {
  private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content "
      + "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
      + "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
      + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:spreadsheet>"
      + "<table:table table:name=\"Hoja1\">";
  private static final String TAIL = "</table:table></office:spreadsheet></office:body></office:document-content>";

  public static String fixture(String name) throws IOException {
    try (InputStream in = OdsTableTest.class.getResourceAsStream("/tables/hecho-a-mano/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void aCleanSheetHasNoIssueAndItsTrailingEmptyRowsAreNotBlankRows() throws Exception {
    TableProfile t = TableInspector.inspect("ODS", Odf.ods(fixture("ejecucion-correcta.content.xml")), true);
    assertThat(t.unreadable()).isNull();
    assertThat(t.kind()).isEqualTo("ods");
    assertThat(t.issues()).isEmpty();
    assertThat(t.columns()).isEqualTo(4);
    assertThat(t.rows()).as("one row and one repeated 3 times").isEqualTo(4);
  }

  @Test
  void eachDefectOfTheSheetIsAnIssueWithItsEvidence() throws Exception {
    TableProfile t = TableInspector.inspect("ODS", Odf.ods(fixture("ejecucion-defectos.content.xml")), true);
    assertThat(t.unreadable()).isNull();
    assertThat(t.columns()).isEqualTo(6);
    assertThat(t.rows()).as("2 data rows, 2 blank rows, 1 ragged row; the sheet's empty rest is not counted").isEqualTo(5);
    assertThat(t.issues()).extracting(TableIssue::code).containsExactlyInAnyOrder("structure.duplicate-header",
        "structure.blank-header", "structure.blank-rows", "structure.ragged-rows", "values.number-as-text",
        "values.mixed-decimal-marks");
    assertThat(issue(t, "structure.blank-header").evidence()).contains("columnas/columns 5");
    assertThat(issue(t, "structure.blank-rows").observed()).startsWith("2 filas vacías");
    assertThat(issue(t, "structure.blank-rows").evidence()).isEqualTo("fila/row 4");
    assertThat(issue(t, "structure.ragged-rows").evidence()).isEqualTo("fila/row 6");
    TableIssue text = issue(t, "values.number-as-text");
    assertThat(text.observed()).contains("'2.500,75'").contains("fila/row 3").contains("1 de/of 3");
    assertThat(text.evidence()).isEqualTo("columna/column 'monto' (3), fila/row 3");
    assertThat(text.expected()).startsWith("celdas de tipo número");
  }

  @Test
  void codesKeptAsTextOnPurposeAreNotNumbersAsText() throws Exception {
    String xml = HEAD + row("codigo", "cui", "monto") + row("01001", "2456789010101", "12")
        + "<table:table-row><table:table-cell office:value-type=\"string\"><text:p>01002</text:p></table:table-cell>"
        + "<table:table-cell office:value-type=\"string\"><text:p>1234567890123</text:p></table:table-cell>"
        + "<table:table-cell office:value-type=\"float\" office:value=\"12.5\"><text:p>12,50</text:p></table:table-cell>"
        + "</table:table-row>" + TAIL;
    TableProfile t = TableInspector.inspect("ODS", Odf.ods(xml), true);
    assertThat(t.issues()).extracting(TableIssue::code).containsExactly("values.number-as-text");
    assertThat(t.issues().get(0).evidence()).isEqualTo("columna/column 'monto' (3), fila/row 2");
  }

  @Test
  void aPackageCutByTheBudgetIsReadUpToTheCutWithoutJudgingTheCutRow() throws Exception {
    StringBuilder xml = new StringBuilder(HEAD).append(row("depto", "monto"));
    for (int i = 0; i < 30_000; i++) {
      xml.append(row("Petén " + i, "Q" + i));
    }
    byte[] ods = Odf.ods(xml.append(TAIL).toString());
    TableProfile t = TableInspector.inspect("ODS", Arrays.copyOf(ods, ods.length / 2), false);
    assertThat(t.unreadable()).isNull();
    assertThat(t.complete()).isFalse();
    assertThat(t.rows()).isBetween(1, 29_999);
    assertThat(t.issues()).isEmpty();
  }

  @Test
  void aPackageWhoseContentIsBeyondTheBudgetIsReportedTooLarge() throws Exception {
    byte[] ods = Odf.ods(fixture("ejecucion-correcta.content.xml"));
    TableProfile t = TableInspector.inspect("ODS", Arrays.copyOf(ods, 60), false, 5_000_000);
    assertThat(t.oversize()).isEqualTo(new TableProfile.Oversize(5_000_000, 60));
    assertThat(TableInspector.inspect("ODS", "no es un zip".getBytes(StandardCharsets.UTF_8), true).unreadable())
        .isNotNull();
  }

  /** Repeats are counted, not expanded: a cell and a row each repeated 2^30 times cost the row limit, no more. */
  @Test
  void repeatedCellsAndRowsAreBoundedByTheLimits() throws Exception {
    String xml = HEAD + row("a", "b", "c") + "<table:table-row table:number-rows-repeated=\"1073741824\">"
        + "<table:table-cell office:value-type=\"string\" table:number-columns-repeated=\"1073741824\"><text:p>x</text:p>"
        + "</table:table-cell></table:table-row>" + TAIL;
    byte[] ods = Odf.ods(xml);
    long[] cost = new long[2];
    TableProfile t = measured(ods, cost);
    System.out.printf("ODS repeat bomb (%d bytes, 2^30 x 2^30 cells declared): %d rows read, %.1f MiB allocated in total, %d ms%n",
        ods.length, t.rows(), cost[0] / 1048576.0, cost[1]);
    assertThat(t.rows()).isEqualTo(SpreadsheetTable.MAX_ROWS - 1);
    assertThat(issue(t, "structure.ragged-rows").observed()).contains(": " + TableObserver.MAX_COLUMNS);
    assertThat(cost[0]).as("allocated bytes").isLessThan(256L * 1024 * 1024);
  }

  /** The memory bound on a large file: a 200,000-row sheet is read row by row up to the row limit. */
  @Test
  void aLargeSheetCostsBoundedMemory() throws Exception {
    StringBuilder xml = new StringBuilder(HEAD).append(row("a", "b", "c"));
    for (int i = 0; i < 200_000; i++) {
      xml.append(row("fila " + i, "b" + (i * 7919L % 1_000_003), "c" + i));
    }
    byte[] ods = Odf.ods(xml.append(TAIL).toString());
    long[] cost = new long[2];
    TableProfile t = measured(ods, cost);
    System.out.printf("ODS check of a %.1f MiB package (%.0f MiB of XML, 200,000 rows): %d rows read, %.1f MiB allocated "
        + "in total, %d ms%n", ods.length / 1048576.0, xml.length() / 1048576.0, t.rows(), cost[0] / 1048576.0, cost[1]);
    assertThat(t.rows()).isEqualTo(SpreadsheetTable.MAX_ROWS - 1);
    assertThat(t.issues()).isEmpty();
    assertThat(cost[0]).as("allocated bytes").isLessThan(256L * 1024 * 1024);
  }

  /** Inspects the package; {@code cost} gets the bytes this thread allocated (a bound on the peak) and the ms. */
  private static TableProfile measured(byte[] ods, long[] cost) {
    com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long before = mx.getCurrentThreadAllocatedBytes();
    long start = System.nanoTime();
    TableProfile t = TableInspector.inspect("ODS", ods, true);
    cost[0] = mx.getCurrentThreadAllocatedBytes() - before;
    cost[1] = (System.nanoTime() - start) / 1_000_000;
    return t;
  }

  private static TableIssue issue(TableProfile t, String code) {
    return t.issues().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow(() -> new AssertionError(
        code + " not in " + t.issues()));
  }

  private static String row(String... cells) {
    StringBuilder b = new StringBuilder("<table:table-row>");
    for (String c : cells) {
      b.append("<table:table-cell office:value-type=\"string\"><text:p>").append(c).append("</text:p></table:table-cell>");
    }
    return b.append("</table:table-row>").toString();
  }

  /** An ODF package (OpenDocument 1.2 Part 3 §3): stored {@code mimetype} first, then the manifest and content. */
  public static final class Odf {
    public static byte[] ods(String contentXml) throws Exception {
      return gt.observatorio.crawler.probe.FormatSniffingTest.FormatFixtures.odf(
          "application/vnd.oasis.opendocument.spreadsheet", contentXml);
    }
  }
}
