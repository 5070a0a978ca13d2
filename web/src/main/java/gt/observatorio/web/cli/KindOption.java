package gt.observatorio.web.cli;

import gt.observatorio.crawler.CatalogKinds;
import java.util.Iterator;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The {@code --kind} option of the commands that read a catalog: one of the registered catalog kinds;
 * an unknown kind is a usage error.
 */
final class KindOption {
  @Option(names = "--kind", defaultValue = "auto", converter = Converter.class, completionCandidates = Kinds.class,
      description = "${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}")
  String kind;

  /** The registered kinds, for the help text and shell completion. */
  static final class Kinds implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return CatalogKinds.ids().iterator();
    }
  }

  static final class Converter implements CommandLine.ITypeConverter<String> {
    @Override
    public String convert(String value) {
      try {
        return CatalogKinds.require(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}
