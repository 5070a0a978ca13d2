/**
 * Scheduling: Quartz with its JDBC job store on the observatory's PostgreSQL (clustered when several
 * nodes share it). Jobs only start work; the crawl pipeline does it.
 */
package gt.observatorio.engine.schedule;
