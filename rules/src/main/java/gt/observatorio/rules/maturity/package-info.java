/** Loading and validating maturity-model files (YAML, JSON Schema) into the engine's maturity records. */
package gt.observatorio.rules.maturity;
