package gt.observatorio.engine.vocab;

import java.util.List;

/**
 * One format of the vocabulary ({@code vocabularies/formats.csv}).
 *
 * @param code the EU file-type code, e.g. {@code CSV}; the observatory's own id when {@code euUri} is null
 * @param shortName the name the prober reports, e.g. {@code TTL}; the code unless the file says otherwise
 * @param label a readable name, e.g. {@code Turtle}
 * @param euUri the EU file-type URI, or null for a format the EU table lacks
 * @param mediaTypes IANA media types, lower case
 * @param extensions file extensions without the dot, lower case
 * @param aliases other spellings portals write
 * @param nonProprietary on data.europa.eu MQA's list of non-proprietary formats
 * @param machineReadable on data.europa.eu MQA's list of machine-readable formats
 * @param dataFile whether a link with one of its extensions on an HTML page is taken as a data file
 */
public record Format(String code, String shortName, String label, String euUri, List<String> mediaTypes,
    List<String> extensions, List<String> aliases, boolean nonProprietary, boolean machineReadable,
    boolean dataFile) {
  public Format {
    mediaTypes = List.copyOf(mediaTypes);
    extensions = List.copyOf(extensions);
    aliases = List.copyOf(aliases);
  }

  /** Whether the EU file-type table lists this format. */
  public boolean inEuTable() {
    return euUri != null;
  }
}
