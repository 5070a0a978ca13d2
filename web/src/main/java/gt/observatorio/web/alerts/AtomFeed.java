package gt.observatorio.web.alerts;

import gt.observatorio.engine.alerts.Event;
import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Renders stored events as an Atom 1.0 feed (RFC 4287): one entry per event, its id the event's stable id
 * ({@code urn:uuid:...}), its link the dashboard's page that shows it. Spanish first, English after.
 *
 * @param base the observatory's scheme and authority ({@code https://observatorio.example}), for absolute links
 */
public record AtomFeed(String base) {
  private static final String ATOM = "http://www.w3.org/2005/Atom";

  /**
   * The feed document.
   *
   * @param selfPath the feed's own path ({@code /api/v1/feed.atom})
   * @param title the feed's title, Spanish / English
   * @param names institution names by code (an unknown code is shown as itself)
   * @param whenEmpty the feed's {@code updated} when it has no entry
   */
  public String render(String selfPath, String title, List<Event> events, Map<String, String> names,
      Instant whenEmpty) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeStartElement("feed");
      x.writeDefaultNamespace(ATOM);
      x.writeAttribute("xml:lang", "es");
      text(x, "id", base + selfPath);
      text(x, "title", title);
      text(x, "updated", time(events.isEmpty() ? whenEmpty : events.get(0).at()));
      link(x, "self", base + selfPath, "application/atom+xml");
      link(x, "alternate", base + "/", "text/html");
      x.writeStartElement("author");
      text(x, "name", "Observatorio de Datos Abiertos de Guatemala / Open Data Observatory of Guatemala");
      x.writeEndElement();
      for (Event e : events) {
        entry(x, e, names.getOrDefault(e.institution(), e.institution()));
      }
      x.writeEndElement();
      x.writeEndDocument();
      x.close();
    } catch (XMLStreamException ex) {
      throw new IllegalStateException(ex);
    }
    return out.toString();
  }

  private void entry(XMLStreamWriter x, Event e, String institution) throws XMLStreamException {
    x.writeStartElement("entry");
    text(x, "id", "urn:uuid:" + e.id());
    text(x, "title", e.kind().label().es() + ": " + institution + " (" + e.institution() + ") / "
        + e.kind().label().en());
    text(x, "updated", time(e.at()));
    link(x, "alternate", base + e.link(), "text/html");
    x.writeEmptyElement("category");
    x.writeAttribute("term", e.kind().name());
    x.writeAttribute("label", e.kind().label().es() + " / " + e.kind().label().en());
    StringBuilder evidence = new StringBuilder();
    new TreeMap<>(e.evidence()).forEach((k, v) -> evidence.append(evidence.length() == 0 ? "" : "; ")
        .append(k).append(": ").append(v));
    text(x, "summary", e.kind().label().es() + " (" + e.subject() + "). Evidencia / Evidence: " + evidence);
    x.writeEndElement();
  }

  private static void link(XMLStreamWriter x, String rel, String href, String type) throws XMLStreamException {
    x.writeEmptyElement("link");
    x.writeAttribute("rel", rel);
    x.writeAttribute("type", type);
    x.writeAttribute("href", href);
  }

  private static void text(XMLStreamWriter x, String name, String value) throws XMLStreamException {
    x.writeStartElement(name);
    x.writeCharacters(value);
    x.writeEndElement();
  }

  private static String time(Instant at) {
    return DateTimeFormatter.ISO_INSTANT.format(at);
  }
}
