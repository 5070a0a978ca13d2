package gt.observatorio.crawler.probe;

import java.util.Locale;
import java.util.Map;

/** Maps media types and file extensions to the short format names the rules use (CSV, XLSX, ...). */
public final class Formats {
  private static final Map<String, String> BY_TYPE = Map.ofEntries(
      Map.entry("text/csv", "CSV"),
      Map.entry("application/csv", "CSV"),
      Map.entry("text/tab-separated-values", "TSV"),
      Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "XLSX"),
      Map.entry("application/vnd.ms-excel", "XLS"),
      Map.entry("application/vnd.oasis.opendocument.spreadsheet", "ODS"),
      Map.entry("application/pdf", "PDF"),
      Map.entry("text/html", "HTML"),
      Map.entry("application/xhtml+xml", "HTML"),
      Map.entry("application/json", "JSON"),
      Map.entry("application/geo+json", "GEOJSON"),
      Map.entry("application/ld+json", "JSON-LD"),
      Map.entry("application/xml", "XML"),
      Map.entry("text/xml", "XML"),
      Map.entry("application/rdf+xml", "RDF"),
      Map.entry("text/turtle", "TTL"),
      Map.entry("application/zip", "ZIP"),
      Map.entry("application/gzip", "GZIP"),
      Map.entry("application/x-gzip", "GZIP"),
      Map.entry("application/msword", "DOC"),
      Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX"),
      Map.entry("application/vnd.google-earth.kml+xml", "KML"),
      Map.entry("application/vnd.google-earth.kmz", "KMZ"),
      Map.entry("text/plain", "TXT"),
      Map.entry("image/png", "PNG"),
      Map.entry("image/jpeg", "JPEG"),
      Map.entry("application/x-rar-compressed", "RAR"),
      Map.entry("application/x-shapefile", "SHP"));

  private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
      Map.entry("csv", "CSV"), Map.entry("tsv", "TSV"), Map.entry("xlsx", "XLSX"), Map.entry("xls", "XLS"),
      Map.entry("ods", "ODS"), Map.entry("pdf", "PDF"), Map.entry("html", "HTML"), Map.entry("htm", "HTML"),
      Map.entry("json", "JSON"), Map.entry("geojson", "GEOJSON"), Map.entry("jsonld", "JSON-LD"),
      Map.entry("xml", "XML"), Map.entry("rdf", "RDF"), Map.entry("ttl", "TTL"), Map.entry("zip", "ZIP"),
      Map.entry("gz", "GZIP"), Map.entry("doc", "DOC"), Map.entry("docx", "DOCX"), Map.entry("kml", "KML"),
      Map.entry("kmz", "KMZ"), Map.entry("txt", "TXT"), Map.entry("shp", "SHP"), Map.entry("rar", "RAR"),
      Map.entry("png", "PNG"), Map.entry("jpg", "JPEG"), Map.entry("jpeg", "JPEG"), Map.entry("parquet", "PARQUET"));

  private Formats() {}

  /** The format of a media type (parameters ignored), or null when unknown or too generic. */
  public static String ofMediaType(String mediaType) {
    if (mediaType == null) {
      return null;
    }
    String t = mediaType.split(";")[0].trim().toLowerCase(Locale.ROOT);
    String f = BY_TYPE.get(t);
    if (f != null) {
      return f;
    }
    if (t.endsWith("+json")) {
      return "JSON";
    }
    if (t.endsWith("+xml")) {
      return "XML";
    }
    return null;
  }

  /** The format suggested by a URL's or file name's extension, or null. */
  public static String ofName(String name) {
    if (name == null) {
      return null;
    }
    String path = name.split("[?#]")[0];
    int slash = path.lastIndexOf('/');
    int dot = path.lastIndexOf('.');
    if (dot < 0 || dot < slash) {
      return null;
    }
    return BY_EXTENSION.get(path.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  /** Whether a media type says nothing about the content (octet-stream, unknown, empty). */
  public static boolean generic(String mediaType) {
    if (mediaType == null || mediaType.isBlank()) {
      return true;
    }
    String t = mediaType.split(";")[0].trim().toLowerCase(Locale.ROOT);
    return t.equals("application/octet-stream") || t.equals("binary/octet-stream")
        || t.equals("application/unknown") || t.equals("application/download")
        || t.equals("application/force-download");
  }
}
