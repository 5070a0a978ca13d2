/**
 * The observatory's domain model: plain records and enums with no framework import.
 * An ArchUnit test keeps it so.
 */
package gt.observatorio.engine.domain;
