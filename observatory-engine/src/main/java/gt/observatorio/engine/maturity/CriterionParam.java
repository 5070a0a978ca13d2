package gt.observatorio.engine.maturity;

import gt.observatorio.engine.domain.Text;

/** A numeric parameter an automatic criterion declares, with its default and what it means. */
public record CriterionParam(String name, double defaultValue, Text description) {}
