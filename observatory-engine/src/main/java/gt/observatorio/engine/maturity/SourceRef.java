package gt.observatorio.engine.maturity;

import gt.observatorio.engine.domain.Text;

/**
 * A framework a criterion comes from (ODM, ODIN, GDB, the action plan, Decreto 57-2008).
 *
 * @param citation the document and section, as the model file gives it
 */
public record SourceRef(String id, Text label, String citation) {}
