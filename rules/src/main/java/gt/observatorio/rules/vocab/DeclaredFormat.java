package gt.observatorio.rules.vocab;

/**
 * What the vocabularies say about one declared format or media-type value, worked out once per
 * spelling: the format it names, and whether the spelling itself is from the controlled
 * vocabularies (an EU file-type code or URI; an IANA media type).
 *
 * @param format the format named, or null when unknown
 */
public record DeclaredFormat(FormatInfo format, boolean euFileType, boolean ianaMediaType) {
  static final DeclaredFormat NONE = new DeclaredFormat(null, false, false);
}
