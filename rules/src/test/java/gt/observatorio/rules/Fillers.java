package gt.observatorio.rules;

import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.DatasetSnapshot;
import gt.observatorio.engine.domain.ProbeResult;
import gt.observatorio.engine.domain.Distribution;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * For the property "adding a missing field never lowers a score": each filler gives a good value
 * to one missing field (dataset or distribution), or returns null when the field is not missing.
 * URLs are left out: adding one changes which URL the probe evidence belongs to. A filled format
 * is true to the content: the probe's sniffed format when there is one.
 */
final class Fillers {
  record Filler(String field, UnaryOperator<Dataset> fill) {}

  private Fillers() {}

  static List<Filler> all(DatasetSnapshot s) {
    Dataset d = s.dataset();
    List<Filler> out = new ArrayList<>();
    out.add(new Filler("title", x -> blank(x.title()) ? with(x, 0, "Empleo formal por departamento") : null));
    out.add(new Filler("description", x -> blank(x.description())
        ? with(x, 1, "Número mensual de afiliados al IGSS por departamento, sexo y actividad económica.") : null));
    out.add(new Filler("publisher", x -> blank(x.publisher()) ? with(x, 2, "Ministerio de Trabajo") : null));
    out.add(new Filler("contactPoint", x -> blank(x.contactPoint()) ? with(x, 3, "datos@mintrabajo.gob.gt") : null));
    out.add(new Filler("keywords", x -> empty(x.keywords()) ? with(x, 4, List.of("empleo", "igss", "trabajo")) : null));
    out.add(new Filler("themes", x -> empty(x.themes()) ? with(x, 5, List.of("economia")) : null));
    out.add(new Filler("license", x -> blank(x.license()) ? with(x, 6, "CC-BY-4.0") : null));
    out.add(new Filler("issued", x -> blank(x.issued()) ? with(x, 7, "2020-01-15") : null));
    out.add(new Filler("modified", x -> blank(x.modified()) ? with(x, 8, "2025-05-31") : null));
    out.add(new Filler("accrualPeriodicity", x -> blank(x.accrualPeriodicity()) ? with(x, 9, "mensual") : null));
    out.add(new Filler("spatial", x -> blank(x.spatial()) ? with(x, 10, "Guatemala") : null));
    out.add(new Filler("temporal", x -> blank(x.temporal()) ? with(x, 11, "2015-01-01/2024-12-31") : null));
    out.add(new Filler("accessRights", x -> blank(x.accessRights())
        ? with(x, 12, "http://publications.europa.eu/resource/authority/access-right/PUBLIC") : null));
    for (int i = 0; i < d.distributions().size(); i++) {
      int k = i;
      ProbeResult p = s.probeOf(d.distributions().get(i));
      String format = p != null && p.outcome().reachable() && p.format() != null ? p.format() : "CSV";
      out.add(new Filler("distributions[" + i + "].format", x -> blank(dist(x, k).format()) ? withDist(x, k, 3, format) : null));
      out.add(new Filler("distributions[" + i + "].mediaType", x -> blank(dist(x, k).mediaType()) ? withDist(x, k, 4, "text/csv") : null));
      out.add(new Filler("distributions[" + i + "].byteSize", x -> dist(x, k).byteSize() == null ? withDist(x, k, 5, 2048L) : null));
      out.add(new Filler("distributions[" + i + "].license", x -> blank(dist(x, k).license()) ? withDist(x, k, 6, "CC-BY-4.0") : null));
      out.add(new Filler("distributions[" + i + "].issued", x -> blank(dist(x, k).issued()) ? withDist(x, k, 7, "2020-01-15") : null));
      out.add(new Filler("distributions[" + i + "].modified", x -> blank(dist(x, k).modified()) ? withDist(x, k, 8, "2025-05-31") : null));
      out.add(new Filler("distributions[" + i + "].rights", x -> blank(dist(x, k).rights())
          ? withDist(x, k, 9, "https://www.minfin.gob.gt/condiciones-de-uso") : null));
    }
    return out;
  }

  private static Distribution dist(Dataset d, int i) {
    return d.distributions().get(i);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static boolean empty(Collection<String> c) {
    return c.stream().allMatch(Fillers::blank);
  }

  private static Dataset with(Dataset d, int field, Object v) {
    Object[] a = {d.title(), d.description(), d.publisher(), d.contactPoint(), d.keywords(), d.themes(),
        d.license(), d.issued(), d.modified(), d.accrualPeriodicity(), d.spatial(), d.temporal(), d.accessRights()};
    a[field] = v;
    @SuppressWarnings("unchecked")
    Dataset out = new Dataset(d.identifier(), (String) a[0], (String) a[1], (String) a[2], (String) a[3],
        (List<String>) a[4], (List<String>) a[5], (String) a[6], (String) a[7], (String) a[8], (String) a[9],
        (String) a[10], (String) a[11], (String) a[12], d.landingPage(), d.distributions(), d.rawMetadata());
    return out;
  }

  private static Dataset withDist(Dataset d, int index, int field, Object v) {
    Distribution x = d.distributions().get(index);
    Object[] a = {x.title(), x.accessUrl(), x.downloadUrl(), x.format(), x.mediaType(), x.byteSize(), x.license(),
        x.issued(), x.modified(), x.rights()};
    a[field] = v;
    Distribution y = new Distribution((String) a[0], (String) a[1], (String) a[2], (String) a[3], (String) a[4],
        (Long) a[5], (String) a[6], (String) a[7], (String) a[8], (String) a[9]);
    List<Distribution> ds = new ArrayList<>(d.distributions());
    ds.set(index, y);
    return new Dataset(d.identifier(), d.title(), d.description(), d.publisher(), d.contactPoint(), d.keywords(),
        d.themes(), d.license(), d.issued(), d.modified(), d.accrualPeriodicity(), d.spatial(), d.temporal(),
        d.accessRights(), d.landingPage(), ds, d.rawMetadata());
  }
}
