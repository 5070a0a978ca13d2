package gt.observatorio.crawler.harvest;

import gt.observatorio.engine.domain.HarvestIssue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.impl.TreeModel;
import org.eclipse.rdf4j.rio.ParserConfig;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFHandlerException;
import org.eclipse.rdf4j.rio.RDFParser;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.RioSetting;
import org.eclipse.rdf4j.rio.helpers.StatementCollector;
import org.eclipse.rdf4j.rio.helpers.XMLParserSettings;
import org.eclipse.rdf4j.rio.jsonld.JSONLDSettings;

/**
 * Parses RDF (RDF/XML, Turtle, JSON-LD) from untrusted bytes: no DOCTYPE (so no external entities,
 * no entity expansion), no external DTD, and JSON-LD in secure mode with no remote context allowed;
 * nesting and triple count bounded. Statements go to a {@link TreeModel} (sorted indexes), which
 * takes about a third of the memory of a LinkedHashModel.
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

  /**
   * The parsed model, or null with an issue: {@code catalog.too_deep} when the document nests deeper
   * than {@code maxDepth}, {@code catalog.too_large} past {@code maxTriples} triples,
   * {@code catalog.malformed_rdf} otherwise.
   */
  public static Model parse(byte[] body, RDFFormat format, String baseUri, int maxDepth, long maxTriples,
      List<HarvestIssue> issues) {
    if (RdfDepth.exceeds(body, format, maxDepth)) {
      issues.add(new HarvestIssue(Issues.TOO_DEEP, baseUri,
          format.getName() + " document nested deeper than " + maxDepth + " levels"));
      return null;
    }
    RDFParser parser = Rio.createParser(format);
    parser.setParserConfig(secureConfig());
    Model model = new TreeModel();
    parser.setRDFHandler(new CappedCollector(model, maxTriples));
    try {
      parser.parse(new ByteArrayInputStream(body), baseUri);
      return model;
    } catch (TooManyTriples e) {
      issues.add(new HarvestIssue(Issues.TOO_LARGE, baseUri,
          format.getName() + " document has more than " + maxTriples + " triples"));
      return null;
    } catch (IOException | RuntimeException | StackOverflowError e) {
      String m = e instanceof StackOverflowError ? "nested too deeply to be read"
          : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      issues.add(new HarvestIssue(Issues.MALFORMED_RDF, baseUri,
          format.getName() + ": " + (m.length() > 300 ? m.substring(0, 300) : m)));
      return null;
    }
  }

  /** Past the triple limit. */
  private static final class TooManyTriples extends RDFHandlerException {
    private static final long serialVersionUID = 1L;

    TooManyTriples() {
      super("too many triples");
    }
  }

  /** Collects statements into a model and stops past a count. */
  private static final class CappedCollector extends StatementCollector {
    private final long max;
    private long count;

    CappedCollector(Model model, long max) {
      super(model);
      this.max = max;
    }

    @Override
    public void handleStatement(Statement st) {
      if (++count > max) {
        throw new TooManyTriples();
      }
      super.handleStatement(st);
    }
  }

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
