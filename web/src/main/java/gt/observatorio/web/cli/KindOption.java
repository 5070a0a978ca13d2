package gt.observatorio.web.cli;

import gt.observatorio.engine.domain.SourceKind;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The {@code --kind} option of the commands that read a catalog; an unknown kind is a usage error. */
final class KindOption {
  @Option(names = "--kind", defaultValue = "auto", converter = Converter.class,
      description = "auto, ckan, dcat, datajson, socrata, opendatasoft, html, sitemap, laip. Default: ${DEFAULT-VALUE}")
  SourceKind kind;

  static final class Converter implements CommandLine.ITypeConverter<SourceKind> {
    @Override
    public SourceKind convert(String value) {
      try {
        return SourceKind.fromId(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}
