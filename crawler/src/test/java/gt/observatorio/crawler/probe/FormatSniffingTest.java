package gt.observatorio.crawler.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.tika.Tika;
import org.junit.jupiter.api.Test;

/**
 * Table-driven, per format family: the prober names each fixture's format from its first bytes, served as
 * application/octet-stream at a URL without extension (as many public files are). Prints the measured share
 * of correctly named formats, and Tika's alone for comparison.
 */
public class FormatSniffingTest {
  private static final String URL = "https://datos.example.gob.gt/descargar?id=1";
  private final ContentSniffer sniffer = new ContentSniffer();

  record Case(String family, String name, byte[] bytes, String expected) {}

  static byte[] fixture(String file) throws Exception {
    try (InputStream in = FormatSniffingTest.class.getClassLoader().getResourceAsStream("formats/" + file)) {
      return in.readAllBytes();
    }
  }

  static List<Case> cases() throws Exception {
    List<Case> c = new ArrayList<>();
    String[][] text = {
        {"xml", "rss.xml", "RSS"}, {"xml", "atom.xml", "ATOM"}, {"xml", "kml.xml", "KML"}, {"xml", "gml.xml", "GML"},
        {"xml", "wms.xml", "WMS"}, {"xml", "wfs.xml", "WFS"}, {"xml", "wcs.xml", "WCS"}, {"xml", "wmts.xml", "WMTS"},
        {"xml", "iati.xml", "IATI"}, {"xml", "rdfxml.xml", "RDF"}, {"xml", "plain.xml", "XML"},
        {"text", "calendar.ics", "ICS"}, {"text", "datos.torrent", "TORRENT"},
        {"json", "geo.json", "GEOJSON"}, {"json", "plain.json", "JSON"}, {"json", "ld.json", "JSON-LD"},
        {"text", "tabla.csv", "CSV"}, {"text", "tabla.tsv", "TSV"}, {"text", "notas.txt", "TXT"},
        {"html", "rdfa.html", "RDFA"}, {"html", "jsonld.html", "JSON-LD"}, {"html", "plain.html", "HTML"}};
    for (String[] t : text) {
      c.add(new Case(t[0], t[1], fixture(t[1]), t[2]));
    }
    byte[] csv = fixture("tabla.csv");
    c.add(new Case("zip", "zip of one CSV", FormatFixtures.zip(Map.of("datos/empleo.csv", csv)), "CSV"));
    Map<String, byte[]> shp = new LinkedHashMap<>();
    for (String ext : List.of("shp", "shx", "dbf", "prj")) {
      shp.put("municipios." + ext, ("contenido " + ext).getBytes(StandardCharsets.US_ASCII));
    }
    c.add(new Case("zip", "zip of a shapefile set", FormatFixtures.zip(shp), "SHP"));
    Map<String, byte[]> mixed = new LinkedHashMap<>();
    mixed.put("empleo.csv", csv);
    mixed.put("notas.pdf", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
    c.add(new Case("zip", "zip of several formats", FormatFixtures.zip(mixed), "ZIP"));
    c.add(new Case("gzip", "gzip of a CSV", FormatFixtures.gzip(csv), "CSV"));
    c.add(new Case("gzip", "gzip of an RSS feed", FormatFixtures.gzip(fixture("rss.xml")), "RSS"));
    for (String[] odf : new String[][] {{"spreadsheet", "ODS"}, {"text", "ODT"}, {"presentation", "ODP"}}) {
      c.add(new Case("odf", "OpenDocument " + odf[0], FormatFixtures.odf("application/vnd.oasis.opendocument." + odf[0]), odf[1]));
    }
    for (String[] ooxml : new String[][] {{"xl/workbook.xml", "XLSX"}, {"word/document.xml", "DOCX"}, {"ppt/presentation.xml", "PPTX"}}) {
      c.add(new Case("ooxml", "OOXML " + ooxml[0], FormatFixtures.ooxml(ooxml[0]), ooxml[1]));
    }
    for (String[] ole : new String[][] {{"WordDocument", "DOC"}, {"Workbook", "XLS"}, {"PowerPoint Document", "PPT"}}) {
      c.add(new Case("ole", "compound file with " + ole[0], FormatFixtures.ole(ole[0]), ole[1]));
    }
    return c;
  }

  private String named(byte[] bytes) {
    return ProbeResults.format(sniffer.sniff(bytes, URL), "application/octet-stream", URL);
  }

  @Test
  void eachFamilyIsNamedAsPublishersUseIt() throws Exception {
    List<Case> cases = cases();
    Tika tika = new Tika();
    int ours = 0;
    int tikaAlone = 0;
    List<String> misses = new ArrayList<>();
    Map<String, int[]> byFamily = new LinkedHashMap<>();
    for (Case k : cases) {
      String got = named(k.bytes());
      String baseline = Formats.ofMediaType(tika.detect(k.bytes()));
      boolean ok = k.expected().equals(got);
      ours += ok ? 1 : 0;
      tikaAlone += k.expected().equals(baseline) ? 1 : 0;
      byFamily.computeIfAbsent(k.family(), f -> new int[2])[0] += ok ? 1 : 0;
      byFamily.get(k.family())[1]++;
      if (!ok) {
        misses.add(k.name() + ": expected " + k.expected() + ", got " + got);
      }
    }
    StringBuilder fam = new StringBuilder();
    byFamily.forEach((f, n) -> fam.append(f).append(' ').append(n[0]).append('/').append(n[1]).append("  "));
    System.out.printf("format naming on %d fixtures: prober %d/%d (%.0f %%), Tika's magic alone %d/%d (%.0f %%); by family: %s%n",
        cases.size(), ours, cases.size(), 100.0 * ours / cases.size(), tikaAlone, cases.size(),
        100.0 * tikaAlone / cases.size(), fam);
    assertThat(misses).isEmpty();
  }

  /** Binary fixtures built from the formats' specifications (see formats/PROVENANCE.md). */
  public static final class FormatFixtures {
    static byte[] zip(Map<String, byte[]> entries) throws Exception {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (ZipOutputStream z = new ZipOutputStream(out)) {
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
          z.putNextEntry(new ZipEntry(e.getKey()));
          z.write(e.getValue());
          z.closeEntry();
        }
      }
      return out.toByteArray();
    }

    static byte[] gzip(byte[] content) throws Exception {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (GZIPOutputStream g = new GZIPOutputStream(out)) {
        g.write(content);
      }
      return out.toByteArray();
    }

    /** ODF 1.2 Part 3 §3.3: the first entry is "mimetype", stored, holding the media type. */
    static byte[] odf(String mediaType) throws Exception {
      return odf(mediaType, null);
    }

    /** An ODF package whose {@code content.xml} (deflated, after the manifest) is {@code contentXml}, if not null. */
    public static byte[] odf(String mediaType, String contentXml) throws Exception {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (ZipOutputStream z = new ZipOutputStream(out)) {
        byte[] mt = mediaType.getBytes(StandardCharsets.US_ASCII);
        ZipEntry m = new ZipEntry("mimetype");
        m.setMethod(ZipEntry.STORED);
        m.setSize(mt.length);
        CRC32 crc = new CRC32();
        crc.update(mt);
        m.setCrc(crc.getValue());
        z.putNextEntry(m);
        z.write(mt);
        z.closeEntry();
        z.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
        z.write(("<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
            + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"" + mediaType + "\"/></manifest:manifest>")
            .getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
        if (contentXml != null) {
          z.putNextEntry(new ZipEntry("content.xml"));
          z.write(contentXml.getBytes(StandardCharsets.UTF_8));
          z.closeEntry();
        }
      }
      return out.toByteArray();
    }

    /** ECMA-376 Part 2 (OPC): [Content_Types].xml, the package relationships, then the main part. */
    static byte[] ooxml(String mainPart) throws Exception {
      Map<String, byte[]> e = new LinkedHashMap<>();
      e.put("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
          .getBytes(StandardCharsets.UTF_8));
      e.put("_rels/.rels", ("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\""
          + mainPart + "\"/></Relationships>").getBytes(StandardCharsets.UTF_8));
      e.put(mainPart, "<x/>".getBytes(StandardCharsets.UTF_8));
      return zip(e);
    }

    /** [MS-CFB]: the header (§2.2, signature D0CF11E0A1B11AE1) and a directory sector naming a stream (§2.6). */
    static byte[] ole(String stream) {
      ByteBuffer b = ByteBuffer.allocate(512 * 3).order(ByteOrder.LITTLE_ENDIAN);
      b.put(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1});
      b.position(24).putShort((short) 0x003E).putShort((short) 0x0003).putShort((short) 0xFFFE).putShort((short) 9);
      b.position(48).putInt(1);
      directory(b, 512, "Root Entry", 5);
      directory(b, 640, stream, 2);
      return b.array();
    }

    private static void directory(ByteBuffer b, int at, String name, int type) {
      byte[] n = (name + "\u0000").getBytes(StandardCharsets.UTF_16LE);
      b.position(at).put(n);
      b.position(at + 64).putShort((short) n.length);
      b.put(at + 66, (byte) type);
    }
  }
}
