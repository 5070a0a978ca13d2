package gt.observatorio.crawler.harvest;

import static gt.observatorio.crawler.harvest.Rdf.DCAT;
import static gt.observatorio.crawler.harvest.Rdf.DCT;
import static gt.observatorio.crawler.harvest.Rdf.HYDRA;
import static gt.observatorio.crawler.harvest.Rdf.iri;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.rio.helpers.AbstractRDFHandler;

/**
 * First pass of {@link DcatStream}: without keeping statements, notes for every subject (by a 64-bit
 * key of its IRI or blank node id) the position of its last statement, which subjects are
 * dcat:Dataset, and the links the mapper follows (dataset to distribution, contact point, publisher,
 * themes, ...; distribution to its format, licence, ...). {@link #plans()} then gives each dataset the
 * nodes it is read from and the position after which all their statements have been seen. Memory
 * grows with the number of subjects and links, not with the number of triples.
 */
final class DcatIndex extends AbstractRDFHandler {
  private static final IRI DATASET = iri(DCAT, "Dataset");
  private static final IRI DISTRIBUTION = iri(DCAT, "distribution");
  private static final Set<IRI> FROM_DATASET = Set.of(iri(DCAT, "contactPoint"), iri(DCT, "temporal"),
      iri(DCT, "publisher"), iri(DCAT, "keyword"), iri(DCAT, "theme"), iri(DCT, "license"),
      iri(DCT, "accrualPeriodicity"), iri(DCT, "spatial"), iri(DCT, "accessRights"));
  private static final Set<IRI> FROM_DISTRIBUTION = Set.of(iri(DCAT, "mediaType"), iri(DCT, "format"),
      iri(DCT, "license"), iri(DCT, "rights"));
  private static final Set<IRI> NEXT = Set.of(iri(HYDRA, "next"), iri(HYDRA, "nextPage"),
      iri("http://www.w3.org/ns/hydra/pagination#", "nextPage"));

  private final Map<Long, Integer> last = new HashMap<>();
  private final Map<Long, Resource> datasets = new LinkedHashMap<>();
  private final Map<Long, List<Long>> fromDataset = new HashMap<>();
  private final Map<Long, List<Long>> distributions = new HashMap<>();
  private final Map<Long, List<Long>> fromDistribution = new HashMap<>();
  private int count;
  private String next;

  /** One dataset: its node, the keys of the nodes it is read from (itself first) and when they are complete. */
  record Plan(Resource dataset, long[] nodes, int complete) {}

  /** A 64-bit key of a subject or object node; a collision only joins two nodes' statements, never loses one. */
  static long key(Value v) {
    String s = v.stringValue();
    long h = v.isBNode() ? 0x9E3779B97F4A7C15L : 1125899906842597L;
    for (int i = 0; i < s.length(); i++) {
      h = 31 * h + s.charAt(i);
    }
    return h ^ (h >>> 31);
  }

  @Override
  public void handleStatement(Statement st) {
    int at = count++;
    long s = key(st.getSubject());
    last.put(s, at);
    IRI p = st.getPredicate();
    Value o = st.getObject();
    if (p.equals(Rdf.TYPE) && o.equals(DATASET)) {
      datasets.putIfAbsent(s, st.getSubject());
    }
    if (o instanceof Resource) {
      if (p.equals(DISTRIBUTION)) {
        distributions.computeIfAbsent(s, k -> new ArrayList<>(2)).add(key(o));
      }
      if (FROM_DATASET.contains(p)) {
        fromDataset.computeIfAbsent(s, k -> new ArrayList<>(2)).add(key(o));
      }
      if (FROM_DISTRIBUTION.contains(p)) {
        fromDistribution.computeIfAbsent(s, k -> new ArrayList<>(2)).add(key(o));
      }
    }
    if (next == null && NEXT.contains(p)) {
      next = o.stringValue();
    }
  }

  /** Statements read. */
  int count() {
    return count;
  }

  /** The first Hydra next-page link, or null. */
  String next() {
    return next;
  }

  /** The datasets in the order they become complete; the index's maps are dropped. */
  List<Plan> plans() {
    List<Plan> plans = new ArrayList<>(datasets.size());
    for (Map.Entry<Long, Resource> d : datasets.entrySet()) {
      List<Long> nodes = new ArrayList<>();
      nodes.add(d.getKey());
      nodes.addAll(fromDataset.getOrDefault(d.getKey(), List.of()));
      for (Long dist : distributions.getOrDefault(d.getKey(), List.of())) {
        nodes.add(dist);
        nodes.addAll(fromDistribution.getOrDefault(dist, List.of()));
      }
      long[] subjects = nodes.stream().distinct().filter(last::containsKey).mapToLong(Long::longValue).toArray();
      int complete = 0;
      for (long n : subjects) {
        complete = Math.max(complete, last.get(n));
      }
      plans.add(new Plan(d.getValue(), subjects, complete));
    }
    last.clear();
    fromDataset.clear();
    distributions.clear();
    fromDistribution.clear();
    datasets.clear();
    plans.sort(Comparator.comparingInt(Plan::complete));
    return plans;
  }
}
