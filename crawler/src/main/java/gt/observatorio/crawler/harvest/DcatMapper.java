package gt.observatorio.crawler.harvest;

import static gt.observatorio.crawler.harvest.Rdf.DCAT;
import static gt.observatorio.crawler.harvest.Rdf.DCT;
import static gt.observatorio.crawler.harvest.Rdf.SCHEMA;
import static gt.observatorio.crawler.harvest.Rdf.VCARD;
import static gt.observatorio.crawler.harvest.Rdf.iri;
import static gt.observatorio.crawler.harvest.Rdf.labelOf;
import static gt.observatorio.crawler.harvest.Rdf.text;

import gt.observatorio.crawler.probe.Formats;
import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.Distribution;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;

/** Maps dcat:Dataset nodes (DCAT-AP properties) to the DCAT-shaped model; raw metadata in Turtle. */
final class DcatMapper {
  private static final String IANA = "http://www.iana.org/assignments/media-types/";

  private DcatMapper() {}

  static Dataset map(Model m, Resource ds) {
    Model raw = new LinkedHashModel();
    raw.addAll(m.filter(ds, null, null));
    List<Distribution> dists = new ArrayList<>();
    for (Value v : Rdf.all(m, ds, iri(DCAT, "distribution"))) {
      if (v instanceof Resource d) {
        raw.addAll(m.filter(d, null, null));
        dists.add(distribution(m, d));
      }
    }
    Resource contact = Rdf.resource(m, ds, iri(DCAT, "contactPoint"));
    Resource temporal = Rdf.resource(m, ds, iri(DCT, "temporal"));
    for (Resource r : new Resource[] {contact, temporal}) {
      if (r != null) {
        raw.addAll(m.filter(r, null, null));
      }
    }
    return new Dataset(
        text(m, ds, iri(DCT, "identifier")) != null ? text(m, ds, iri(DCT, "identifier")) : ds.stringValue(),
        text(m, ds, iri(DCT, "title")),
        text(m, ds, iri(DCT, "description")),
        labelOf(m, ds, iri(DCT, "publisher")),
        contact(m, ds),
        Rdf.labels(m, ds, iri(DCAT, "keyword")),
        Rdf.labels(m, ds, iri(DCAT, "theme")),
        iriOrLabel(m, ds, iri(DCT, "license")),
        text(m, ds, iri(DCT, "issued")),
        text(m, ds, iri(DCT, "modified")),
        iriOrLabel(m, ds, iri(DCT, "accrualPeriodicity")),
        iriOrLabel(m, ds, iri(DCT, "spatial")),
        temporal(m, ds, temporal),
        iriOrLabel(m, ds, iri(DCT, "accessRights")),
        text(m, ds, iri(DCAT, "landingPage")),
        dists,
        turtle(raw));
  }

  private static Distribution distribution(Model m, Resource d) {
    String media = iriOrLabel(m, d, iri(DCAT, "mediaType"));
    if (media != null && media.startsWith(IANA)) {
      media = media.substring(IANA.length());
    }
    String format = iriOrLabel(m, d, iri(DCT, "format"));
    if (format != null && format.startsWith(IANA)) {
      format = Formats.ofMediaType(format.substring(IANA.length()));
    } else if (format != null && format.startsWith("http") && format.contains("/file-type/")) {
      format = format.substring(format.lastIndexOf('/') + 1);
    }
    String size = text(m, d, iri(DCAT, "byteSize"));
    Long bytes = null;
    try {
      bytes = size == null ? null : (long) Double.parseDouble(size);
    } catch (NumberFormatException e) {
      bytes = null;
    }
    return new Distribution(text(m, d, iri(DCT, "title")), text(m, d, iri(DCAT, "accessURL")),
        text(m, d, iri(DCAT, "downloadURL")), format, media, bytes, iriOrLabel(m, d, iri(DCT, "license")),
        text(m, d, iri(DCT, "issued")), text(m, d, iri(DCT, "modified")), iriOrLabel(m, d, iri(DCT, "rights")));
  }

  /** An IRI as itself (a vocabulary term), a literal or a node's label otherwise. */
  private static String iriOrLabel(Model m, Resource s, IRI p) {
    for (Value v : Rdf.all(m, s, p)) {
      if (v instanceof IRI i) {
        return i.stringValue();
      }
    }
    return labelOf(m, s, p);
  }

  private static String contact(Model m, Resource ds) {
    Resource c = Rdf.resource(m, ds, iri(DCAT, "contactPoint"));
    if (c == null) {
      return text(m, ds, iri(DCAT, "contactPoint"));
    }
    String name = text(m, c, iri(VCARD, "fn"));
    String email = text(m, c, iri(VCARD, "hasEmail"));
    if (email != null && email.startsWith("mailto:")) {
      email = email.substring(7);
    }
    if (name != null && email != null) {
      return name + " <" + email + ">";
    }
    return name != null ? name : email != null ? email : (c instanceof IRI ? c.stringValue() : null);
  }

  private static String temporal(Model m, Resource ds, Resource t) {
    if (t == null) {
      return text(m, ds, iri(DCT, "temporal"));
    }
    String start = firstText(m, t, iri(DCAT, "startDate"), iri(SCHEMA, "startDate"));
    String end = firstText(m, t, iri(DCAT, "endDate"), iri(SCHEMA, "endDate"));
    if (start == null && end == null) {
      return t instanceof IRI ? t.stringValue() : null;
    }
    return (start == null ? "" : start) + "/" + (end == null ? "" : end);
  }

  private static String firstText(Model m, Resource s, IRI a, IRI b) {
    String t = text(m, s, a);
    return t != null ? t : text(m, s, b);
  }

  private static String turtle(Model raw) {
    StringWriter w = new StringWriter();
    raw.setNamespace("dcat", DCAT);
    raw.setNamespace("dct", DCT);
    raw.setNamespace("vcard", VCARD);
    Rio.write(raw, w, RDFFormat.TURTLE);
    return w.toString();
  }
}
