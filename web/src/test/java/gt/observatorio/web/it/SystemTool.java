package gt.observatorio.web.it;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A program from Debian's packages that some tests drive (prometheus, promtool, chromium). On a
 * developer's machine without it the test is skipped with a message; on CI ({@code CI=true}), where
 * {@code .ci/install-system-packages} installs it, its absence is a failure.
 */
public final class SystemTool {
  private SystemTool() {}

  public static Path require(String name, String debianPackage) {
    Path path = Path.of("/usr/bin", name);
    boolean present = Files.isExecutable(path);
    if (!present && "true".equals(System.getenv("CI"))) {
      throw new AssertionError(name + " is missing on CI: .ci/install-system-packages must install " + debianPackage);
    }
    assumeTrue(present, name + " not installed (apt-get install " + debianPackage + "); test skipped");
    return path;
  }
}
