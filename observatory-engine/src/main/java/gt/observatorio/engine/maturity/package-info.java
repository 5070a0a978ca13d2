/**
 * The institutional maturity model: its records (levels, dimensions, criteria, key datasets), the
 * evidence an institution is judged on, the automatic criteria and the evaluation. Pure: JDK and the
 * engine's domain only; no clock, file, database or network (the loader and the store live elsewhere).
 */
package gt.observatorio.engine.maturity;
