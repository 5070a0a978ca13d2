package gt.observatorio.rules.vocab;

/**
 * A known licence.
 *
 * @param odConformance Open Definition conformance: {@code approved}, {@code rejected} or
 *     {@code not reviewed}
 * @param declared false for values that say no licence was chosen (CKAN's {@code notspecified})
 */
public record LicenceInfo(String id, String title, String url, String euUri, String odConformance,
    boolean declared) {

  /** Whether the licence conforms to the Open Definition. */
  public boolean open() {
    return "approved".equals(odConformance);
  }
}
