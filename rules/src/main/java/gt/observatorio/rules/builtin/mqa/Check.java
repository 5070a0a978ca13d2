package gt.observatorio.rules.builtin.mqa;

/** The distribution-level MQA checks, with MQA's points; status checks may be unmeasured. */
enum Check {
  ACCESS_URL_STATUS(50),
  DOWNLOAD_URL_STATUS(30),
  DOWNLOAD_URL(20),
  FORMAT(20),
  MEDIA_TYPE(10),
  VOCABULARY(10),
  NON_PROPRIETARY(20),
  MACHINE_READABLE(20),
  LICENCE(20),
  KNOWN_LICENCE(10),
  BYTE_SIZE(5),
  ISSUED(5),
  MODIFIED(5),
  RIGHTS(5);

  static final Check[] ALL = values();
  /** The points of the checks that are always measured. */
  static final int ALWAYS_MEASURED = alwaysMeasured();
  final int points;
  final int bit;

  Check(int points) {
    this.points = points;
    this.bit = 1 << ordinal();
  }

  boolean status() {
    return this == ACCESS_URL_STATUS || this == DOWNLOAD_URL_STATUS;
  }

  private static int alwaysMeasured() {
    int sum = 0;
    for (Check c : values()) {
      sum += c.status() ? 0 : c.points;
    }
    return sum;
  }
}
