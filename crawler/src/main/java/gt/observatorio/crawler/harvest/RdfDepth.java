package gt.observatorio.crawler.harvest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.eclipse.rdf4j.rio.RDFFormat;

/**
 * Measures how deeply an RDF document nests, without recursion, before a (recursive) RDF parser
 * sees it: JSON arrays and objects for JSON-LD, elements for RDF/XML, blank-node brackets and
 * collections for Turtle (outside strings, IRIs and comments). A document that cannot be scanned is
 * left to the parser, which reports it as malformed.
 */
final class RdfDepth {
  private RdfDepth() {}

  /** Whether {@code body} nests deeper than {@code max}. */
  static boolean exceeds(byte[] body, RDFFormat format, int max) {
    try {
      if (format == RDFFormat.JSONLD) {
        return json(body, max);
      }
      if (format == RDFFormat.RDFXML) {
        return xml(body, max);
      }
      return turtle(body, max);
    } catch (IOException | XMLStreamException | RuntimeException e) {
      return false;
    }
  }

  private static boolean json(byte[] body, int max) throws IOException {
    try (JsonParser p = JsonReader.mapper(max).getFactory().createParser(body)) {
      while (p.nextToken() != null) {
        p.skipChildren();
      }
      return false;
    } catch (StreamConstraintsException e) {
      return true;
    }
  }

  private static boolean xml(byte[] body, int max) throws XMLStreamException {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    XMLStreamReader r = f.createXMLStreamReader(new ByteArrayInputStream(body));
    try {
      int depth = 0;
      while (r.hasNext()) {
        int e = r.next();
        if (e == XMLStreamConstants.START_ELEMENT && ++depth > max) {
          return true;
        } else if (e == XMLStreamConstants.END_ELEMENT) {
          depth--;
        }
      }
      return false;
    } finally {
      r.close();
    }
  }

  /**
   * Turtle, N-Triples: {@code [ ]} and {@code ( )} outside literals, IRIs and comments. Scans bytes:
   * in UTF-8 no byte of a multi-byte character is an ASCII delimiter.
   */
  static boolean turtle(byte[] s, int max) {
    int depth = 0;
    int n = s.length;
    for (int i = 0; i < n; i++) {
      byte c = s[i];
      if (c == '"' || c == '\'') {
        i = endOfString(s, i);
      } else if (c == '<') {
        i = indexOf(s, (byte) '>', i);
      } else if (c == '#') {
        i = indexOf(s, (byte) '\n', i);
      } else if (c == '[' || c == '(') {
        if (++depth > max) {
          return true;
        }
      } else if ((c == ']' || c == ')') && depth > 0) {
        depth--;
      }
    }
    return false;
  }

  private static int indexOf(byte[] s, byte b, int from) {
    for (int i = from; i < s.length; i++) {
      if (s[i] == b) {
        return i;
      }
    }
    return s.length;
  }

  private static boolean triple(byte[] s, int i, byte q) {
    return i + 2 < s.length && s[i] == q && s[i + 1] == q && s[i + 2] == q;
  }

  private static int endOfString(byte[] s, int start) {
    byte q = s[start];
    boolean longString = triple(s, start, q);
    int i = start + (longString ? 3 : 1);
    while (i < s.length) {
      byte c = s[i];
      if (c == '\\') {
        i += 2;
      } else if (longString ? triple(s, i, q) : c == q) {
        return i + (longString ? 2 : 0);
      } else {
        i++;
      }
    }
    return s.length;
  }
}
