package gt.observatorio.rules.builtin.mqa;

import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.Distribution;
import gt.observatorio.rules.vocab.Dates;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.vocabulary.DCAT;
import org.eclipse.rdf4j.model.vocabulary.DCTERMS;
import org.eclipse.rdf4j.model.vocabulary.FOAF;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.RDFS;
import org.eclipse.rdf4j.model.vocabulary.VCARD4;
import org.eclipse.rdf4j.model.vocabulary.XSD;

/**
 * The common model as DCAT-AP RDF, the way a DCAT-AP exporter (such as ckanext-dcat) writes it:
 * values that are URIs become IRIs, others literals (which DCAT-AP's range constraints then
 * reject); valid dates become xsd:date / xsd:dateTime, malformed ones plain literals; a
 * distribution without an access URL gets its download URL as access URL.
 */
final class DcatApRdf {
  private static final ValueFactory VF = SimpleValueFactory.getInstance();

  private DcatApRdf() {}

  static Model of(Dataset d) {
    Model m = new LinkedHashModel();
    IRI ds = VF.createIRI("urn:observatorio:dataset:" + encode(d.identifier()));
    m.add(ds, RDF.TYPE, DCAT.DATASET);
    text(m, ds, DCTERMS.TITLE, d.title());
    text(m, ds, DCTERMS.DESCRIPTION, d.description());
    d.keywords().forEach(k -> text(m, ds, DCAT.KEYWORD, k));
    d.themes().forEach(t -> ref(m, ds, DCAT.THEME, t));
    agent(m, ds, d.publisher());
    contact(m, ds, d.contactPoint());
    date(m, ds, DCTERMS.ISSUED, d.issued());
    date(m, ds, DCTERMS.MODIFIED, d.modified());
    ref(m, ds, DCTERMS.ACCRUAL_PERIODICITY, d.accrualPeriodicity());
    spatial(m, ds, d.spatial());
    ref(m, ds, DCTERMS.ACCESS_RIGHTS, d.accessRights());
    if (d.temporal() != null && !d.temporal().isBlank()) {
      BNode period = VF.createBNode();
      m.add(ds, DCTERMS.TEMPORAL, period);
      m.add(period, RDF.TYPE, DCTERMS.PERIOD_OF_TIME);
      String[] parts = d.temporal().split("/", 2);
      date(m, period, DCAT.START_DATE, parts[0]);
      if (parts.length > 1) {
        date(m, period, DCAT.END_DATE, parts[1]);
      }
    }
    ref(m, ds, DCAT.LANDING_PAGE, d.landingPage());
    List<Distribution> dists = d.distributions();
    for (int i = 0; i < dists.size(); i++) {
      distribution(m, ds, d, dists.get(i), VF.createIRI("urn:observatorio:dataset:" + encode(d.identifier()) + ":dist:" + i));
    }
    return m;
  }

  private static void distribution(Model m, IRI ds, Dataset d, Distribution x, IRI node) {
    m.add(ds, DCAT.HAS_DISTRIBUTION, node);
    m.add(node, RDF.TYPE, DCAT.DISTRIBUTION);
    text(m, node, DCTERMS.TITLE, x.title());
    ref(m, node, DCAT.ACCESS_URL, MqaChecks.accessUrl(x));
    ref(m, node, DCAT.DOWNLOAD_URL, x.downloadUrl());
    ref(m, node, DCTERMS.FORMAT, x.format());
    if (!MqaChecks.blank(x.mediaType())) {
      String t = x.mediaType().strip();
      ref(m, node, DCAT.MEDIA_TYPE, t.indexOf('/') > 0 && !t.contains("://")
          ? "https://www.iana.org/assignments/media-types/" + t.split(";")[0].strip() : t);
    }
    if (x.byteSize() != null) {
      m.add(node, DCAT.BYTE_SIZE, VF.createLiteral(String.valueOf(x.byteSize()), XSD.DECIMAL));
    }
    labelled(m, node, DCTERMS.LICENSE, DCTERMS.LICENSE_DOCUMENT, MqaChecks.licence(x, d));
    rights(m, node, x.rights());
    date(m, node, DCTERMS.ISSUED, x.issued());
    date(m, node, DCTERMS.MODIFIED, x.modified());
  }

  /** dct:rights ranges over dct:RightsStatement: an IRI as is, a text as a statement with its label. */
  private static void rights(Model m, Resource s, String rights) {
    if (MqaChecks.blank(rights)) {
      return;
    }
    if (isIri(rights)) {
      m.add(s, DCTERMS.RIGHTS, VF.createIRI(rights.strip()));
      return;
    }
    BNode r = VF.createBNode();
    m.add(s, DCTERMS.RIGHTS, r);
    m.add(r, RDF.TYPE, DCTERMS.RIGHTS_STATEMENT);
    m.add(r, RDFS.LABEL, VF.createLiteral(rights.strip(), "es"));
  }

  /** A class-ranged property given as text (a licence id such as CC-BY-4.0): a node of the class with its label. */
  private static void labelled(Model m, Resource s, IRI p, IRI type, String v) {
    if (MqaChecks.blank(v) || isIri(v)) {
      ref(m, s, p, v);
      return;
    }
    BNode n = VF.createBNode();
    m.add(s, p, n);
    m.add(n, RDF.TYPE, type);
    m.add(n, RDFS.LABEL, VF.createLiteral(v.strip()));
  }

  /** dct:spatial ranges over dct:Location: an IRI as is, a place name as a location with its label. */
  private static void spatial(Model m, Resource s, String spatial) {
    if (MqaChecks.blank(spatial) || isIri(spatial)) {
      ref(m, s, DCTERMS.SPATIAL, spatial);
      return;
    }
    BNode place = VF.createBNode();
    m.add(s, DCTERMS.SPATIAL, place);
    m.add(place, RDF.TYPE, DCTERMS.LOCATION);
    m.add(place, RDFS.LABEL, VF.createLiteral(spatial.strip(), "es"));
  }

  private static void agent(Model m, Resource s, String publisher) {
    if (MqaChecks.blank(publisher)) {
      return;
    }
    if (isIri(publisher)) {
      m.add(s, DCTERMS.PUBLISHER, VF.createIRI(publisher.strip()));
      return;
    }
    BNode a = VF.createBNode();
    m.add(s, DCTERMS.PUBLISHER, a);
    m.add(a, RDF.TYPE, FOAF.AGENT);
    m.add(a, FOAF.NAME, VF.createLiteral(publisher.strip()));
  }

  private static void contact(Model m, Resource s, String contact) {
    if (MqaChecks.blank(contact)) {
      return;
    }
    BNode k = VF.createBNode();
    m.add(s, DCAT.CONTACT_POINT, k);
    m.add(k, RDF.TYPE, VCARD4.KIND);
    String c = contact.strip();
    if (c.contains("@")) {
      m.add(k, VCARD4.HAS_EMAIL, VF.createIRI(c.startsWith("mailto:") ? c : "mailto:" + c));
    } else {
      m.add(k, VCARD4.FN, VF.createLiteral(c));
    }
  }

  private static void text(Model m, Resource s, IRI p, String v) {
    if (!MqaChecks.blank(v)) {
      m.add(s, p, VF.createLiteral(v.strip(), "es"));
    }
  }

  private static void ref(Model m, Resource s, IRI p, String v) {
    if (MqaChecks.blank(v)) {
      return;
    }
    Value o = isIri(v) ? VF.createIRI(v.strip()) : VF.createLiteral(v.strip());
    m.add(s, p, o);
  }

  private static void date(Model m, Resource s, IRI p, String v) {
    if (MqaChecks.blank(v)) {
      return;
    }
    String t = v.strip();
    long day = Dates.epochDay(t);
    if (!Dates.valid(day) || t.charAt(3) == ',') {
      m.add(s, p, VF.createLiteral(t));
    } else if (t.length() == 10) {
      m.add(s, p, VF.createLiteral(t, XSD.DATE));
    } else if (t.length() > 10) {
      m.add(s, p, VF.createLiteral(t.replace(' ', 'T'), XSD.DATETIME));
    } else {
      m.add(s, p, VF.createLiteral(t, t.length() == 4 ? XSD.GYEAR : XSD.GYEARMONTH));
    }
  }

  private static boolean isIri(String v) {
    String s = v.strip();
    return (s.startsWith("http://") || s.startsWith("https://") || s.startsWith("urn:") || s.startsWith("mailto:"))
        && s.indexOf(' ') < 0 && s.indexOf('"') < 0 && s.indexOf('<') < 0 && s.indexOf('>') < 0;
  }

  private static String encode(String id) {
    return URLEncoder.encode(id == null ? "sin-identificador" : id, StandardCharsets.UTF_8);
  }
}
