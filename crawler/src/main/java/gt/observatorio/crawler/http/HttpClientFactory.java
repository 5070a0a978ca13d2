package gt.observatorio.crawler.http;

import gt.observatorio.crawler.CrawlerConfig;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.impl.io.ManagedHttpClientConnectionFactory;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.io.HttpMessageParserFactory;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * Builds the Apache HttpClient: no automatic redirects, retries, decompression or cookies; a
 * strict response parser (garbage instead of a status line is a protocol error, not skipped) held
 * to the configured limits on line length, header count and total header bytes, so an endless
 * status line or an endless stream of headers costs at most those bytes.
 */
final class HttpClientFactory {
  private HttpClientFactory() {}

  static CloseableHttpClient create(CrawlerConfig c, AddressGuard guard) {
    Timeout read = Timeout.of(c.readTimeoutMillis(), TimeUnit.MILLISECONDS);
    CrawlerConfig.Limits limits = c.limits();
    Http1Config h1 = Http1Config.custom()
        .setMaxLineLength(limits.maxHeaderLineBytes())
        .setMaxHeaderCount(limits.maxHeaderCount())
        .build();
    PoolingHttpClientConnectionManager cm = PoolingHttpClientConnectionManagerBuilder.create()
        .setDnsResolver(new GuardedResolver(guard))
        .setConnectionFactory(ManagedHttpClientConnectionFactory.builder()
            .http1Config(h1)
            .responseParserFactory((HttpMessageParserFactory<ClassicHttpResponse>) config ->
                new BoundedResponseParser(h1, limits.maxHeaderBytes()))
            .build())
        .setDefaultConnectionConfig(ConnectionConfig.custom()
            .setConnectTimeout(Timeout.of(c.connectTimeoutMillis(), TimeUnit.MILLISECONDS))
            .setSocketTimeout(read)
            .build())
        .setDefaultSocketConfig(SocketConfig.custom().setSoTimeout(read).build())
        .setMaxConnTotal(maxTotal(c))
        .setMaxConnPerRoute(Math.max(2, c.perHostConcurrency() + 1))
        .build();
    return HttpClients.custom()
        .setConnectionManager(cm)
        .setUserAgent(c.userAgent())
        .disableRedirectHandling()
        .disableAutomaticRetries()
        .disableContentCompression()
        .disableCookieManagement()
        .disableAuthCaching()
        .evictIdleConnections(TimeValue.ofSeconds(30))
        .setDefaultRequestConfig(RequestConfig.custom()
            .setResponseTimeout(read)
            .setConnectionRequestTimeout(Timeout.of(c.totalTimeoutMillis(), TimeUnit.MILLISECONDS))
            .build())
        .build();
  }

  /**
   * Kept-alive connections for all hosts together. The prober serves its host queues in turn, so a
   * pool smaller than the lanes in use closes and reopens connections all the time; idle ones are
   * evicted after 30 s.
   */
  static int maxTotal(CrawlerConfig c) {
    return Math.max(64, c.maxConcurrency() * (c.perHostConcurrency() + 1) * 4);
  }

  /** Resolves through the guard, so a connection only ever goes to a checked address. */
  private record GuardedResolver(AddressGuard guard) implements DnsResolver {
    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
      return guard.resolve(host);
    }

    @Override
    public String resolveCanonicalHostname(String host) throws UnknownHostException {
      return guard.resolve(host)[0].getCanonicalHostName();
    }

    @Override
    public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
      List<InetSocketAddress> out = new ArrayList<>();
      for (InetAddress a : guard.resolve(host)) {
        out.add(new InetSocketAddress(a, port));
      }
      return out;
    }
  }
}
