/** Persistence: PostgreSQL through the Vert.x client. All SQL lives in this package. */
package gt.observatorio.engine.store;
