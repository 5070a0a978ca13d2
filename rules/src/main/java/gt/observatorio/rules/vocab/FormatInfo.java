package gt.observatorio.rules.vocab;

import java.util.List;

/**
 * A known format.
 *
 * @param code EU file-type code, e.g. {@code CSV}
 * @param nonProprietary on MQA's non-proprietary list
 * @param machineReadable on MQA's machine-readable list
 * @param stars CKAN QA's openness stars for the format (1 when the table does not list it)
 */
public record FormatInfo(String code, String label, String euUri, List<String> mediaTypes,
    boolean nonProprietary, boolean machineReadable, int stars) {}
