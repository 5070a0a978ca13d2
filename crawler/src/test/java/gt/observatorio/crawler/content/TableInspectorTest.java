package gt.observatorio.crawler.content;

import static org.assertj.core.api.Assertions.assertThat;

import gt.observatorio.engine.domain.TableIssue;
import gt.observatorio.engine.domain.TableProfile;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tabular content checks on malformed files of each kind: each defect gives its issue with row/column evidence. */
public class TableInspectorTest {
  private static final String GOOD = "departamento,municipio,monto,fecha\nPetén,Flores,1234.50,2024-01-31\n"
      + "Izabal,Livingston,99.10,2024-02-29\n";

  private static TableProfile csv(String text) {
    return TableInspector.inspect("CSV", text.getBytes(StandardCharsets.UTF_8), true);
  }

  @Test
  void aWellFormedUtf8CsvHasNoIssue() {
    TableProfile t = csv(GOOD);
    assertThat(t.issues()).isEmpty();
    assertThat(t.encoding()).isEqualTo("UTF-8");
    assertThat(t.columns()).isEqualTo(4);
    assertThat(t.rows()).isEqualTo(2);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "ragged row | a,b,c\\n1,2,3\\n4,5\\n6,7,8\\n | structure.ragged-rows | fila/row 3",
      "blank row | a,b\\n1,2\\n,\\n3,4\\n | structure.blank-rows | fila/row 3",
      "duplicate header | monto,Monto,c\\n1,2,3\\n | structure.duplicate-header | fila/row 1",
      "blank header | a,,c\\n1,2,3\\n | structure.blank-header | columnas/columns 2",
      "no header | 2024-01-01,10,20\\n2024-01-02,11,21\\n | structure.no-header | fila/row 1",
      "unclosed quote | a,b\\n1,\"dos\\n3,4\\n | structure.quoting | fila/row 2",
      "mixed decimal marks | depto,monto\\nPetén,\"1.234,50\"\\nIzabal,1234.50\\n | values.mixed-decimal-marks | filas/rows 2 y/and 3",
      "mixed date order | id,fecha\\n1,31/01/2024\\n2,01/31/2024\\n | values.mixed-date-order | filas/rows 2 y/and 3",
      "mixed date formats | id,fecha\\n1,2024-01-31\\n2,31/01/2024\\n | values.mixed-date-formats | columna/column 'fecha' (2)",
      "mojibake | depto,total\\nPetÃ©n,4\\n | encoding.mojibake | fila/row 2"})
  void eachDefectIsAnIssueWithItsEvidence(String name, String text, String code, String evidence) {
    TableProfile t = csv(text.replace("\\n", "\n"));
    assertThat(t.issues()).as(name + ": " + t.issues()).extracting(TableIssue::code).contains(code);
    assertThat(t.issues()).filteredOn(i -> i.code().equals(code)).first()
        .satisfies(i -> assertThat(i.evidence()).contains(evidence));
  }

  @Test
  void latin1TextIsReadAndReported() {
    TableProfile t = TableInspector.inspect("CSV", GOOD.getBytes(Charset.forName("windows-1252")), true);
    assertThat(t.encoding()).isEqualTo("windows-1252");
    assertThat(t.issues()).extracting(TableIssue::code).containsExactly("encoding.not-utf8");
    assertThat(t.issues().get(0).evidence()).isEqualTo("fila/row 2");
  }

  @Test
  void semicolonAndTabDelimitersAreFound() {
    assertThat(csv("a;b;c\n1,5;2;3\n").delimiter()).isEqualTo("punto y coma / semicolon");
    assertThat(TableInspector.inspect("TSV", "a\tb\n1\t2\n".getBytes(StandardCharsets.UTF_8), true).delimiter())
        .isEqualTo("tab");
  }

  @Test
  void aTruncatedReadDoesNotJudgeTheCutRow() {
    byte[] b = (GOOD + "Zacapa,Gualán,12").getBytes(StandardCharsets.UTF_8);
    TableProfile t = TableInspector.inspect("CSV", b, false);
    assertThat(t.issues()).isEmpty();
    assertThat(t.rows()).isEqualTo(2);
  }

  @Test
  void aJsonArrayOfRecordsIsATable() {
    String ok = "{\"data\": [{\"depto\": \"Petén\", \"monto\": \"1.234,50\"}, {\"depto\": \"Izabal\", \"monto\": \"1234.50\"},"
        + " {\"depto\": \"Zacapa\"}]}";
    TableProfile t = TableInspector.inspect("JSON", ok.getBytes(StandardCharsets.UTF_8), true);
    assertThat(t.columns()).isEqualTo(2);
    assertThat(t.issues()).extracting(TableIssue::code)
        .containsExactlyInAnyOrder("structure.ragged-rows", "values.mixed-decimal-marks");
    assertThat(TableInspector.inspect("JSON", "{\"a\": 1}".getBytes(StandardCharsets.UTF_8), true).unreadable())
        .isNotNull();
  }

  @Test
  void anXlsxWorkbookBuiltFromEcma376IsReadWithFastexcel() throws Exception {
    byte[] xlsx = Ooxml.xlsx(List.of(List.of("depto", "depto"), List.of("Petén", "#4"), List.of(), List.of("Izabal", "#7")));
    TableProfile t = TableInspector.inspect("XLSX", xlsx, true);
    assertThat(t.unreadable()).isNull();
    assertThat(t.issues()).extracting(TableIssue::code)
        .containsExactlyInAnyOrder("structure.duplicate-header", "structure.blank-rows");
    TableProfile cut = TableInspector.inspect("XLSX", java.util.Arrays.copyOf(xlsx, xlsx.length / 2), false, 9_000_000);
    assertThat(cut.unreadable()).contains("budget");
    assertThat(cut.oversize()).isEqualTo(new TableProfile.Oversize(9_000_000, xlsx.length / 2));
  }

  @Test
  void numbersStoredAsTextInAnXlsxAreFoundButCodesAreNot() throws Exception {
    byte[] xlsx = Ooxml.xlsx(List.of(List.of("codigo", "monto", "total"), List.of("01001", "1.234,50", "#1234.5"),
        List.of("01002", "#99.1", "#99.1"), List.of("01003", "2500", "#2500")));
    TableProfile t = TableInspector.inspect("XLSX", xlsx, true);
    assertThat(t.issues()).extracting(TableIssue::code).containsExactlyInAnyOrder("values.number-as-text",
        "values.mixed-decimal-marks");
    TableIssue text = t.issues().stream().filter(i -> i.code().equals("values.number-as-text")).findFirst().orElseThrow();
    assertThat(text.observed()).isEqualTo("columna/column 'monto' (2): '1.234,50' guardado como texto / stored as text "
        + "(fila/row 2; 2 de/of 3 celdas/cells)");
    assertThat(text.evidence()).isEqualTo("columna/column 'monto' (2), fila/row 2");
  }

  @Test
  void csvValuesAreTextSoOnlyTheirDecimalMarksAreJudged() {
    TableProfile t = csv("depto;monto\nPetén;1.234,50\nIzabal;1234.50\nZacapa;12\n");
    assertThat(t.issues()).extracting(TableIssue::code).containsExactly("values.mixed-decimal-marks");
  }

  /**
   * Minimal SpreadsheetML package (ECMA-376 Part 1 §12 and §18; Part 2 OPC): one sheet of inline strings
   * ({@code t="inlineStr"}), and number cells ({@code <v>}, §18.3.1.4, no {@code t}) for values written {@code #1234.5}.
   */
  public static final class Ooxml {
    /** The rows a workbook check reads at most (the header included). */
    public static final int MAX_ROWS_READ = SpreadsheetTable.MAX_ROWS;

    static byte[] xlsx(List<List<String>> rows) throws Exception {
      return xlsx(rows, 0);
    }

    /** The workbook, padded with a stored media part up to {@code bytes} (0: no padding). */
    public static byte[] xlsx(List<List<String>> rows, int bytes) throws Exception {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (ZipOutputStream z = new ZipOutputStream(out)) {
        put(z, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
        put(z, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        put(z, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Hoja1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        put(z, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
        StringBuilder sheet = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        for (int r = 0; r < rows.size(); r++) {
          if (rows.get(r).isEmpty()) {
            continue;
          }
          sheet.append("<row r=\"").append(r + 1).append("\">");
          for (int c = 0; c < rows.get(r).size(); c++) {
            String ref = (char) ('A' + c) + String.valueOf(r + 1);
            String v = rows.get(r).get(c);
            if (v.startsWith("#")) {
              sheet.append("<c r=\"").append(ref).append("\"><v>").append(v.substring(1)).append("</v></c>");
            } else {
              sheet.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"><is><t>").append(v).append("</t></is></c>");
            }
          }
          sheet.append("</row>");
        }
        put(z, "xl/worksheets/sheet1.xml", sheet.append("</sheetData></worksheet>").toString());
        if (bytes > out.size()) {
          byte[] pad = new byte[bytes - out.size()];
          new java.util.Random(15).nextBytes(pad);
          ZipEntry media = new ZipEntry("xl/media/image1.png");
          media.setMethod(ZipEntry.STORED);
          media.setSize(pad.length);
          java.util.zip.CRC32 crc = new java.util.zip.CRC32();
          crc.update(pad);
          media.setCrc(crc.getValue());
          z.putNextEntry(media);
          z.write(pad);
          z.closeEntry();
        }
      }
      return out.toByteArray();
    }

    private static void put(ZipOutputStream z, String name, String text) throws Exception {
      z.putNextEntry(new ZipEntry(name));
      z.write(text.getBytes(StandardCharsets.UTF_8));
      z.closeEntry();
    }
  }
}
