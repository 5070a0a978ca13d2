package gt.observatorio.crawler.laip;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Links to cloud storage (Google Drive, OneDrive, SharePoint, Dropbox): their folders and viewers
 * need a browser, JavaScript and often a sign-in, so they are never fetched and are reported as
 * not verifiable. Pure.
 */
public final class ExternalStorage {
  private static final Pattern HOSTS = Pattern.compile(
      "(^|\\.)(drive\\.google\\.com|onedrive\\.live\\.com|1drv\\.ms|sharepoint\\.com|dropbox\\.com|dropboxusercontent\\.com)$");

  private ExternalStorage() {}

  /** Whether a URL points to a cloud storage service's folder or file. */
  public static boolean matches(String url) {
    try {
      String host = URI.create(url.trim().replace(" ", "%20")).getHost();
      return host != null && HOSTS.matcher(host.toLowerCase(Locale.ROOT)).find();
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
