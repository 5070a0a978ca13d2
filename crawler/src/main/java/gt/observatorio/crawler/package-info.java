/**
 * The crawler: harvesters per source kind and the polite, safe prober.
 *
 * <p>Entry points: {@link gt.observatorio.crawler.CrawlerConfig#from} binds section {@code crawler};
 * {@link gt.observatorio.crawler.Crawler#create} builds everything on one HTTP client;
 * {@link gt.observatorio.crawler.Crawler#harvester} and {@link gt.observatorio.crawler.Crawler#prober}
 * give the engine's ports. New source kinds register a {@link gt.observatorio.crawler.HarvesterFactory}.
 */
package gt.observatorio.crawler;
