package gt.observatorio.crawler.probe;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Names formats the way publishers use them, from the first bytes, where Tika's magic stops at a family:
 * zip and gzip containers by what they hold, XML by its root element and namespace, OpenDocument by its
 * {@code mimetype} entry, OOXML by its part names, legacy Office by its OLE stream names, HTML carrying
 * RDFa or JSON-LD, GeoJSON apart from JSON, TSV apart from CSV, iCalendar and torrent files. A refined
 * type that has no IANA registration carries the format as a {@code format} parameter
 * ({@code application/xml; format=WFS}); a container keeps its own type ({@code application/zip; format=CSV}).
 */
final class FormatDialects {
  /** At most this many zip entries are looked at, and this many bytes of a gzip's content. */
  static final int MAX_ENTRIES = 256;
  static final int MAX_INFLATED = 64 * 1024;
  private static final Pattern GEOJSON = Pattern.compile("\"type\"\\s*:\\s*\"(FeatureCollection|Feature|Point|MultiPoint|LineString|MultiLineString|Polygon|MultiPolygon|GeometryCollection)\"");
  private static final Pattern RDFA = Pattern.compile("<[^>]+\\s(typeof|property|vocab|prefix)\\s*=", Pattern.CASE_INSENSITIVE);
  private static final Pattern JSON_LD_SCRIPT = Pattern.compile("<script[^>]+type\\s*=\\s*[\"']application/ld\\+json", Pattern.CASE_INSENSITIVE);
  private static final Set<String> SHAPEFILE = Set.of("shp", "shx", "dbf", "prj", "cpg", "sbn", "sbx", "qpj", "xml");

  private FormatDialects() {}

  /** A more precise type than {@code type} for these bytes, or {@code type} itself. */
  static String refine(byte[] b, String type, ContentSniffer inner) {
    if (type == null) {
      return null;
    }
    String t = type.split(";")[0].strip().toLowerCase(Locale.ROOT);
    if (startsWith(b, 0x50, 0x4B, 0x03, 0x04)) {
      return zip(b, t, inner);
    }
    if (startsWith(b, 0x1F, 0x8B)) {
      String in = inner == null ? null : gzip(b, inner);
      return in == null ? "application/gzip" : "application/gzip; format=" + in;
    }
    if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
      return ole(b, type);
    }
    String text = head(b);
    if (text.startsWith("BEGIN:VCALENDAR")) {
      return "text/calendar";
    }
    if (text.startsWith("d8:announce") || text.startsWith("d13:announce-list") || text.startsWith("d4:info")) {
      return "application/x-bittorrent";
    }
    if (t.equals("text/html") || t.equals("application/xhtml+xml")) {
      return JSON_LD_SCRIPT.matcher(text).find() ? t + "; format=JSON-LD" : RDFA.matcher(text).find() ? t + "; format=RDFA" : type;
    }
    if (t.equals("application/json")) {
      return text.contains("\"@context\"") ? "application/ld+json" : GEOJSON.matcher(text).find() ? "application/geo+json" : type;
    }
    if (t.equals("text/csv")) {
      String first = text.lines().findFirst().orElse("");
      return first.indexOf('\t') >= 0 && first.indexOf(',') < 0 ? "text/tab-separated-values" : type;
    }
    if (t.endsWith("xml") || text.startsWith("<?xml")) {
      String x = xml(b);
      return x == null ? type : x;
    }
    return type;
  }

  /** OpenDocument (mimetype entry), OOXML (part names), else the entries' common format, else a zip of several. */
  private static String zip(byte[] b, String tikaType, ContentSniffer inner) {
    Set<String> extensions = new LinkedHashSet<>();
    boolean ooxml = false;
    String odf = null;
    String first = null;
    try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(b))) {
      ZipEntry e;
      int n = 0;
      while (n++ < MAX_ENTRIES && (e = z.getNextEntry()) != null) {
        String name = e.getName();
        if (n == 1 && name.equals("mimetype")) {
          odf = new String(z.readNBytes(100), StandardCharsets.US_ASCII).strip();
          break;
        }
        if (name.equals("[Content_Types].xml")) {
          ooxml = true;
        }
        if (ooxml) {
          String part = name.startsWith("word/") ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
              : name.startsWith("xl/") ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              : name.startsWith("ppt/") ? "application/vnd.openxmlformats-officedocument.presentationml.presentation" : null;
          if (part != null) {
            return part;
          }
          continue;
        }
        if (e.isDirectory() || name.startsWith("__MACOSX/") || name.substring(name.lastIndexOf('/') + 1).startsWith(".")) {
          continue;
        }
        int dot = name.lastIndexOf('.');
        extensions.add(dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT));
        if (first == null) {
          first = name;
        }
      }
    } catch (IOException | RuntimeException e) {
      // the range ends inside the archive: judge by the entries read
    }
    if (odf != null && odf.startsWith("application/vnd.oasis.opendocument.")) {
      return odf;
    }
    if (ooxml || !tikaType.equals("application/zip") && !tikaType.equals("application/octet-stream")) {
      return tikaType;
    }
    if (extensions.contains("shp") && SHAPEFILE.containsAll(extensions)) {
      return "application/zip; format=SHP";
    }
    if (extensions.size() == 1 && !extensions.contains("")) {
      String f = Formats.ofExtension(extensions.iterator().next());
      return f == null ? "application/zip" : "application/zip; format=" + f;
    }
    return "application/zip";
  }

  private static String gzip(byte[] b, ContentSniffer inner) {
    byte[] content;
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(b))) {
      content = readSome(in);
    } catch (IOException e) {
      return null;
    }
    if (content.length == 0) {
      return null;
    }
    String type = inner.sniffInner(content);
    return type == null ? null : Formats.ofMediaType(type);
  }

  /** What a truncated stream gives before it ends. */
  private static byte[] readSome(InputStream in) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    byte[] buf = new byte[4096];
    try {
      int r;
      while (out.size() < MAX_INFLATED && (r = in.read(buf, 0, Math.min(buf.length, MAX_INFLATED - out.size()))) > 0) {
        out.write(buf, 0, r);
      }
    } catch (IOException e) {
      // the range cut the compressed stream
    }
    return out.toByteArray();
  }

  /** Legacy Office: the names of the compound file's streams ([MS-CFB] directory entries, UTF-16LE). */
  private static String ole(byte[] b, String type) {
    String utf16 = new String(b, StandardCharsets.UTF_16LE);
    if (utf16.contains("WordDocument")) {
      return "application/msword";
    }
    if (utf16.contains("PowerPoint Document")) {
      return "application/vnd.ms-powerpoint";
    }
    if (utf16.contains("Workbook") || utf16.contains("Book\u0000")) {
      return "application/vnd.ms-excel";
    }
    return type;
  }

  /** The XML dialect by root element and namespace; null when not one of them. */
  private static String xml(byte[] b) {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    try {
      XMLStreamReader r = f.createXMLStreamReader(new ByteArrayInputStream(b));
      while (r.hasNext()) {
        if (r.next() == XMLStreamConstants.START_ELEMENT) {
          return dialect(r.getLocalName(), r.getNamespaceURI() == null ? "" : r.getNamespaceURI());
        }
      }
    } catch (XMLStreamException | RuntimeException e) {
      return null;
    }
    return null;
  }

  static String dialect(String root, String ns) {
    return switch (root) {
      case "rss" -> "application/rss+xml";
      case "feed" -> ns.equals("http://www.w3.org/2005/Atom") ? "application/atom+xml" : null;
      case "kml" -> "application/vnd.google-earth.kml+xml";
      case "RDF" -> ns.equals("http://www.w3.org/1999/02/22-rdf-syntax-ns#") ? "application/rdf+xml" : null;
      case "WMS_Capabilities", "WMT_MS_Capabilities" -> "application/xml; format=WMS";
      case "WFS_Capabilities" -> "application/xml; format=WFS";
      case "WCS_Capabilities" -> "application/xml; format=WCS";
      case "Capabilities" -> ns.startsWith("http://www.opengis.net/wmts") ? "application/xml; format=WMTS"
          : ns.startsWith("http://www.opengis.net/wcs") ? "application/xml; format=WCS"
          : ns.startsWith("http://www.opengis.net/wfs") ? "application/xml; format=WFS" : null;
      case "FeatureCollection" -> ns.startsWith("http://www.opengis.net/") ? "application/gml+xml" : null;
      case "iati-activities", "iati-organisations" -> "application/xml; format=IATI";
      default -> ns.startsWith("http://www.opengis.net/gml") ? "application/gml+xml" : null;
    };
  }

  private static boolean startsWith(byte[] b, int... sig) {
    if (b.length < sig.length) {
      return false;
    }
    for (int i = 0; i < sig.length; i++) {
      if ((b[i] & 0xff) != sig[i]) {
        return false;
      }
    }
    return true;
  }

  private static String head(byte[] b) {
    String s = new String(b, 0, Math.min(b.length, 4096), StandardCharsets.UTF_8);
    return s.startsWith("\uFEFF") ? s.substring(1).stripLeading() : s.stripLeading();
  }
}
