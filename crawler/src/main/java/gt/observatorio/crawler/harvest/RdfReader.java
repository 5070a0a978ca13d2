package gt.observatorio.crawler.harvest;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.rdf4j.rio.ParserConfig;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.RioSetting;
import org.eclipse.rdf4j.rio.helpers.XMLParserSettings;
import org.eclipse.rdf4j.rio.jsonld.JSONLDSettings;

/**
 * Parses RDF (RDF/XML, Turtle, JSON-LD) from untrusted bytes: no DOCTYPE (so no external entities,
 * no entity expansion), no external DTD, and JSON-LD in secure mode with no remote context allowed.
 * The format of a document is chosen here; {@link DcatStream} streams it into datasets.
 */
public final class RdfReader {
  private RdfReader() {}

  /** The format from the Content-Type, else the file name, else the first characters. */
  public static RDFFormat format(String contentType, String name, byte[] body) {
    if (contentType != null) {
      String t = contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
      if (t.equals("application/xml") || t.equals("text/xml")) {
        return RDFFormat.RDFXML;
      }
      if (t.equals("application/json")) {
        return RDFFormat.JSONLD;
      }
      Optional<RDFFormat> f = Rio.getParserFormatForMIMEType(t);
      if (f.isPresent() && supported(f.get())) {
        return f.get();
      }
    }
    Optional<RDFFormat> byName = name == null ? Optional.empty() : Rio.getParserFormatForFileName(name.split("[?#]")[0]);
    if (byName.isPresent() && supported(byName.get())) {
      return byName.get();
    }
    String head = new String(body, 0, Math.min(body.length, 512), java.nio.charset.StandardCharsets.UTF_8).strip();
    if (head.startsWith("\uFEFF")) {
      head = head.substring(1);
    }
    if (head.startsWith("{") || head.startsWith("[")) {
      return RDFFormat.JSONLD;
    }
    return head.startsWith("<") && !head.startsWith("<http") ? RDFFormat.RDFXML : RDFFormat.TURTLE;
  }

  private static boolean supported(RDFFormat f) {
    return f == RDFFormat.RDFXML || f == RDFFormat.TURTLE || f == RDFFormat.JSONLD || f == RDFFormat.NTRIPLES;
  }

  /** Parser settings for untrusted RDF: no DOCTYPE, no external DTD or entities, JSON-LD without remote contexts. */
  static ParserConfig secureConfig() {
    ParserConfig c = new ParserConfig();
    c.set(XMLParserSettings.DISALLOW_DOCTYPE_DECL, true);
    c.set(XMLParserSettings.SECURE_PROCESSING, true);
    c.set(XMLParserSettings.LOAD_EXTERNAL_DTD, false);
    c.set(XMLParserSettings.EXTERNAL_GENERAL_ENTITIES, false);
    c.set(XMLParserSettings.EXTERNAL_PARAMETER_ENTITIES, false);
    c.set(JSONLDSettings.SECURE_MODE, true);
    @SuppressWarnings("unchecked")
    RioSetting<Set<String>> whitelist = (RioSetting<Set<String>>) (RioSetting<?>) JSONLDSettings.WHITELIST;
    c.set(whitelist, Set.of());
    return c;
  }
}
