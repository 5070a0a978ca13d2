package gt.observatorio.crawler.laip;

import gt.observatorio.crawler.laip.NumeralClassifier.Classification;
import java.util.Optional;

/**
 * Decides a link's numeral from its own text and URL, the section it sits in and the numeral of
 * the page it is on. An explicit number in the link wins; menus count only explicit numbers; a
 * numbered section heading wins over the link's words; a document (or a folder of a listing) on a
 * numeral's page belongs to that numeral unless it names another by number.
 */
final class LinkClassifier {
  private final NumeralClassifier classifier;

  LinkClassifier(NumeralClassifier classifier) {
    this.classifier = classifier;
  }

  private static final java.util.regex.Pattern GENERIC = java.util.regex.Pattern.compile(
      "^\\s*$|(?<![a-z])(ver|aqui|consult\\w*|descarg\\w*|clic|click|enlace|link|mas informacion|ir)(?![a-z])");

  /**
   * @param external the link leaves the portal's host (a section's link to Guatecompras counts)
   */
  Optional<Integer> numeral(PageLink l, Integer pageNumeral, boolean listingChild, boolean external) {
    Optional<Classification> own = classifier.classify(l.text(), l.url());
    if (own.isPresent() && own.get().explicit()) {
      return Optional.of(own.get().numeral());
    }
    if (l.inNavigation()) {
      return Optional.empty();
    }
    Optional<Classification> section = classifier.classifyText(l.section());
    boolean sectionApplies = l.document() || listingChild || external
        || GENERIC.matcher(TextNorm.fold(l.text())).find();
    if (sectionApplies && section.isPresent() && section.get().explicit()) {
      return Optional.of(section.get().numeral());
    }
    if (pageNumeral != null && (l.document() || listingChild)) {
      return Optional.of(pageNumeral);
    }
    return own.or(() -> l.document() ? section : Optional.empty()).map(Classification::numeral);
  }
}
