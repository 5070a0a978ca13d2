package gt.observatorio.crawler.probe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The prober's names come from the engine's vocabulary and are the names it always reported. */
class FormatsTest {
  /** Every media type the prober named before the vocabulary was shared, with the same name. */
  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(delimiter = '|', textBlock = """
      text/csv                                                                | CSV
      application/csv                                                         | CSV
      text/tab-separated-values                                               | TSV
      application/vnd.openxmlformats-officedocument.spreadsheetml.sheet       | XLSX
      application/vnd.ms-excel                                                | XLS
      application/vnd.oasis.opendocument.spreadsheet                          | ODS
      application/pdf                                                         | PDF
      text/html                                                               | HTML
      application/xhtml+xml                                                   | HTML
      application/json                                                        | JSON
      application/geo+json                                                    | GEOJSON
      application/ld+json                                                     | JSON-LD
      application/xml                                                         | XML
      text/xml                                                                | XML
      application/rdf+xml                                                     | RDF
      text/turtle                                                             | TTL
      application/zip                                                         | ZIP
      application/gzip                                                        | GZIP
      application/x-gzip                                                      | GZIP
      application/msword                                                      | DOC
      application/vnd.openxmlformats-officedocument.wordprocessingml.document | DOCX
      application/vnd.google-earth.kml+xml                                    | KML
      application/vnd.google-earth.kmz                                        | KMZ
      text/plain                                                              | TXT
      image/png                                                               | PNG
      image/jpeg                                                              | JPEG
      application/x-rar-compressed                                            | RAR
      application/x-shapefile                                                 | SHP
      text/csv; charset=utf-8 | CSV
      application/vnd.api+json | JSON
      application/vnd.custom+xml | XML
      """)
  void aMediaTypeIsNamed(String mediaType, String name) {
    assertThat(Formats.ofMediaType(mediaType)).isEqualTo(name);
  }

  /** Every extension the prober named before the vocabulary was shared, with the same name. */
  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(delimiter = '|', textBlock = """
      data.csv      | CSV
      data.tsv      | TSV
      data.xlsx     | XLSX
      data.xls      | XLS
      data.ods      | ODS
      data.pdf      | PDF
      data.html     | HTML
      data.htm      | HTML
      data.json     | JSON
      data.geojson  | GEOJSON
      data.jsonld   | JSON-LD
      data.xml      | XML
      data.rdf      | RDF
      data.ttl      | TTL
      data.zip      | ZIP
      data.gz       | GZIP
      data.doc      | DOC
      data.docx     | DOCX
      data.kml      | KML
      data.kmz      | KMZ
      data.txt      | TXT
      data.shp      | SHP
      data.rar      | RAR
      data.png      | PNG
      data.jpg      | JPEG
      data.jpeg     | JPEG
      data.parquet  | PARQUET
      https://x.gob.gt/files/Datos.CSV?dl=1 | CSV
      """)
  void anExtensionIsNamed(String name, String format) {
    assertThat(Formats.ofName(name)).isEqualTo(format);
  }

  @ParameterizedTest(name = "{0} names nothing")
  @CsvSource(textBlock = """
      application/octet-stream
      application/x-unknown
      """)
  void unknownMediaTypesNameNothing(String mediaType) {
    assertThat(Formats.ofMediaType(mediaType)).isNull();
  }

  @ParameterizedTest(name = "{0} names nothing")
  @CsvSource(textBlock = """
      https://x.gob.gt/datos
      https://x.gob.gt/v1.2/datos
      https://x.gob.gt/file.unknownext
      """)
  void namesWithoutAKnownExtensionNameNothing(String name) {
    assertThat(Formats.ofName(name)).isNull();
  }

  @ParameterizedTest(name = "{0} generic: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      application/octet-stream           | true
      Binary/Octet-Stream; q=1           | true
      application/force-download         | true
      ''                                 | true
      text/csv                           | false
      """)
  void genericMediaTypesSayNothing(String mediaType, boolean generic) {
    assertThat(Formats.generic(mediaType)).isEqualTo(generic);
  }

  /** Links an HTML portal reads as data files: the formats the harvester took before, and no others. */
  @ParameterizedTest(name = "{0} data file: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      https://x.gob.gt/files/datos.csv      | true
      https://x.gob.gt/files/datos.tsv      | true
      https://x.gob.gt/files/datos.xlsx     | true
      https://x.gob.gt/files/datos.xls      | true
      https://x.gob.gt/files/datos.ods      | true
      https://x.gob.gt/files/datos.json     | true
      https://x.gob.gt/files/datos.geojson  | true
      https://x.gob.gt/files/datos.jsonld   | true
      https://x.gob.gt/files/datos.xml      | true
      https://x.gob.gt/files/datos.rdf      | true
      https://x.gob.gt/files/datos.ttl      | true
      https://x.gob.gt/files/datos.zip      | true
      https://x.gob.gt/files/datos.gz       | true
      https://x.gob.gt/files/datos.pdf      | true
      https://x.gob.gt/files/datos.doc      | true
      https://x.gob.gt/files/datos.docx     | true
      https://x.gob.gt/files/datos.kml      | true
      https://x.gob.gt/files/datos.kmz      | true
      https://x.gob.gt/files/datos.shp      | true
      https://x.gob.gt/files/datos.txt      | true
      https://x.gob.gt/files/datos.parquet  | true
      https://x.gob.gt/files/datos.rar      | true
      https://x.gob.gt/files/datos.htm      | false
      https://x.gob.gt/files/datos.html     | false
      https://x.gob.gt/files/logo.png       | false
      https://x.gob.gt/files/logo.jpg       | false
      https://x.gob.gt/files/datos          | false
      """)
  void dataFilesAreNamedByTheirExtension(String url, boolean dataFile) {
    assertThat(Formats.dataFile(url)).isEqualTo(dataFile);
  }
}
