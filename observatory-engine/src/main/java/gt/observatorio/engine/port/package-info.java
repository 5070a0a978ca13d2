/** The ports the crawler and the rules implement; the engine's pipeline drives them. */
package gt.observatorio.engine.port;
