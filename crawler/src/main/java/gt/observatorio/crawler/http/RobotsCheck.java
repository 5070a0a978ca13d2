package gt.observatorio.crawler.http;

import java.net.URI;

/** Whether robots.txt lets the crawler fetch a URL. */
@FunctionalInterface
public interface RobotsCheck {
  RobotsCheck ALLOW_ALL = uri -> true;

  boolean allowed(URI uri);
}
