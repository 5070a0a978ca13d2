package gt.observatorio.crawler.harvest;

import gt.observatorio.crawler.CrawlerConfig;
import gt.observatorio.crawler.harvest.DcatIndex.Plan;
import gt.observatorio.engine.domain.HarvestIssue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.base.AbstractValueFactory;
import org.eclipse.rdf4j.model.impl.TreeModel;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFHandler;
import org.eclipse.rdf4j.rio.RDFHandlerException;
import org.eclipse.rdf4j.rio.RDFParser;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.AbstractRDFHandler;
import org.eclipse.rdf4j.rio.helpers.BasicParserSettings;

/**
 * Reads the dcat:Dataset nodes of one RDF document into datasets as it is parsed, in two streaming
 * passes over its bytes (RDF4J's parser, the secure settings of {@link RdfReader}): the first
 * ({@link DcatIndex}) learns which nodes each dataset is read from and where their last statement
 * is; the second keeps only those nodes' statements and gives each dataset to the tally as soon as
 * its last one has passed, then drops them. A catalog that lists each dataset with its
 * distributions (as CKAN's catalog.ttl does) holds a few statements at a time, whatever its size.
 * Statements that must be held at once are capped by {@code limits.maxTriples}: a document whose
 * datasets are spread across it (all distributions at the end, say) past that cap is refused as
 * {@code catalog.too_large}, saying so. JSON-LD is expanded whole by its processor before statements
 * flow (the format needs the whole document), so its memory follows the body size.
 */
final class DcatStream {
  private DcatStream() {}

  /** What one document gave: whether it was read, and its Hydra next-page link. */
  record Page(boolean read, String next) {}

  static Page read(byte[] body, RDFFormat format, String baseUri, CrawlerConfig.Limits limits, Tally tally) {
    List<HarvestIssue> issues = tally.issues();
    if (RdfDepth.exceeds(body, format, limits.maxRdfDepth())) {
      issues.add(new HarvestIssue(Issues.TOO_DEEP, baseUri,
          format.getName() + " document nested deeper than " + limits.maxRdfDepth() + " levels"));
      return new Page(false, null);
    }
    DcatIndex index = new DcatIndex();
    try {
      parse(body, format, baseUri, index);
      parse(body, format, baseUri, new Grouper(index.plans(), limits.maxTriples(), tally));
      return new Page(true, index.next());
    } catch (TooManyHeld e) {
      issues.add(new HarvestIssue(Issues.TOO_LARGE, baseUri, format.getName() + " document: more than "
          + limits.maxTriples() + " triples would have to be held at once to complete its datasets (their "
          + "statements are spread across the document instead of grouped by dataset; limits.maxTriples)"));
      return new Page(false, null);
    } catch (SinkFailed e) {
      throw e.cause;
    } catch (IOException | RuntimeException | StackOverflowError e) {
      String m = e instanceof StackOverflowError ? "nested too deeply to be read"
          : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      issues.add(new HarvestIssue(Issues.MALFORMED_RDF, baseUri,
          format.getName() + ": " + (m.length() > 300 ? m.substring(0, 300) : m)));
      return new Page(false, null);
    }
  }

  private static void parse(byte[] body, RDFFormat format, String baseUri, RDFHandler handler) throws IOException {
    RDFParser parser = Rio.createParser(format);
    parser.setParserConfig(RdfReader.secureConfig());
    // the same blank node ids in both passes: labels kept, anonymous nodes numbered in document order
    parser.getParserConfig().set(BasicParserSettings.PRESERVE_BNODE_IDS, true);
    parser.setValueFactory(new NumberedBlankNodes());
    parser.setRDFHandler(handler);
    parser.parse(new ByteArrayInputStream(body), baseUri);
  }

  /** Second pass: holds the statements of the datasets still open, maps each once complete. */
  private static final class Grouper extends AbstractRDFHandler {
    private final List<Plan> plans;
    private final long maxHeld;
    private final Tally tally;
    private final Map<Long, Integer> wanted = new HashMap<>();
    private final Map<Long, List<Statement>> held = new HashMap<>();
    private long heldCount;
    private int at;
    private int done;

    Grouper(List<Plan> plans, long maxHeld, Tally tally) {
      this.plans = plans;
      this.maxHeld = maxHeld;
      this.tally = tally;
      for (Plan p : plans) {
        for (long n : p.nodes()) {
          wanted.merge(n, 1, Integer::sum);
        }
      }
    }

    @Override
    public void handleStatement(Statement st) {
      int position = at++;
      long s = DcatIndex.key(st.getSubject());
      if (wanted.containsKey(s)) {
        held.computeIfAbsent(s, k -> new ArrayList<>(8)).add(st);
        if (++heldCount > maxHeld) {
          throw new TooManyHeld();
        }
      }
      while (done < plans.size() && plans.get(done).complete() <= position) {
        emit(plans.get(done++));
      }
    }

    private void emit(Plan p) {
      Model m = new TreeModel();
      for (long n : p.nodes()) {
        m.addAll(held.getOrDefault(n, List.of()));
      }
      try {
        tally.emit(DcatMapper.map(m, p.dataset()));
      } catch (RuntimeException e) {
        throw new SinkFailed(e);
      }
      for (long n : p.nodes()) {
        if (wanted.merge(n, -1, Integer::sum) == 0) {
          wanted.remove(n);
          List<Statement> gone = held.remove(n);
          heldCount -= gone == null ? 0 : gone.size();
        }
      }
    }
  }

  /** Blank nodes without a label numbered in order, so that both passes name them alike. */
  private static final class NumberedBlankNodes extends AbstractValueFactory {
    private long next;

    @Override
    public BNode createBNode() {
      return createBNode("dcatstream-" + next++);
    }
  }

  private static final class TooManyHeld extends RDFHandlerException {
    private static final long serialVersionUID = 1L;

    TooManyHeld() {
      super("too many triples held");
    }
  }

  /** The sink (or the mapping) failed: not the document's fault, so not reported as malformed RDF. */
  private static final class SinkFailed extends RDFHandlerException {
    private static final long serialVersionUID = 1L;
    private final RuntimeException cause;

    SinkFailed(RuntimeException cause) {
      super(cause);
      this.cause = cause;
    }
  }
}
