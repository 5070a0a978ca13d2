package gt.observatorio.crawler.harvest;

import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.HarvestIssue;
import gt.observatorio.engine.domain.HarvestSummary;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** Counts what a harvest gives to its sink and collects its issues. */
public final class Tally {
  private final Consumer<Dataset> sink;
  private final Set<String> identifiers = new HashSet<>();
  final List<HarvestIssue> issues = new ArrayList<>();
  private int datasets;
  private int distributions;
  private int pages;

  public Tally(Consumer<Dataset> sink) {
    this.sink = sink;
  }

  /** Gives a dataset to the sink, once per identifier. Returns false for a repeat. */
  public boolean emit(Dataset d) {
    if (d.identifier() != null && !identifiers.add(d.identifier())) {
      return false;
    }
    sink.accept(d);
    datasets++;
    distributions += d.distributions().size();
    return true;
  }

  /** Marks another key (e.g. a CKAN name) of a dataset already given as seen. */
  public void alias(String key) {
    if (key != null) {
      identifiers.add(key);
    }
  }

  public boolean seen(String identifier) {
    return identifiers.contains(identifier);
  }

  public void page() {
    pages++;
  }

  public int pages() {
    return pages;
  }

  public int datasets() {
    return datasets;
  }

  public void issue(String code, String url, String message) {
    issues.add(new HarvestIssue(code, url, message));
  }

  public List<HarvestIssue> issues() {
    return issues;
  }

  public HarvestSummary summary() {
    return new HarvestSummary(datasets, distributions, pages, issues);
  }
}
