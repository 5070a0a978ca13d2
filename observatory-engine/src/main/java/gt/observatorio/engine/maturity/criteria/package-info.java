/** The built-in automatic criteria of the maturity model, one small pure class each. */
package gt.observatorio.engine.maturity.criteria;
