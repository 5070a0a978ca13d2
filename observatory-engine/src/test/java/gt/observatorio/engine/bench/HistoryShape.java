package gt.observatorio.engine.bench;

/**
 * What the history benchmark generates.
 *
 * @param churnBp share of datasets whose content changes in a week, in basis points (500 = 5%)
 * @param probeChurnBp share of probe results (URLs) that change in a week
 * @param probeScoreShare one probe change in this many also changes the dataset's score cards
 *     (e.g. reachable to broken); the others (ETag, size, latency) do not
 * @param ruleSetEpochWeeks a new rule set version (hence new score cards for every dataset) this often
 * @param retainedWeeks crawl details kept (as {@code retention.weeks} would leave them); 0: all weeks
 */
record HistoryShape(int weeks, int institutions, int datasets, int distributionsPerDataset,
    int churnBp, int probeChurnBp, int probeScoreShare, int ruleSetEpochWeeks, int retainedWeeks) {

  static final String[] PROFILES = {"observatorio", "mqa", "5-estrellas"};

  int datasetsPerSource() {
    return datasets / institutions;
  }

  /** The first week whose crawl details are kept. */
  int keptFrom() {
    return retainedWeeks <= 0 ? 0 : Math.max(0, weeks - retainedWeeks);
  }

  static HistoryShape parse(String[] args) {
    int weeks = arg(args, 0, 260);
    int institutions = arg(args, 1, 1000);
    int datasets = arg(args, 2, 100_000);
    int retained = arg(args, 3, 0);
    return new HistoryShape(weeks, institutions, datasets, 2, 500, 300, 3, 52, retained);
  }

  private static int arg(String[] args, int i, int fallback) {
    return args.length > i ? Integer.parseInt(args[i]) : fallback;
  }
}
