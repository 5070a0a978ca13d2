package gt.observatorio.crawler.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentSnifferTest {
  private final ContentSniffer sniffer = new ContentSniffer();

  @ParameterizedTest(name = "{0} named {1} is {2}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "departamento,anio,valor\\nGuatemala,2024,10\\nPetén,2024,3\\n | datos.csv | text/csv",
      "departamento,anio,valor\\nGuatemala,2024,10\\nPetén,2024,3\\n | descarga?id=7 | text/csv",
      "departamento;anio;valor\\nGuatemala;2024;10\\nPetén;2024;3\\n | datos.txt | text/csv",
      "\\uFEFFcodigo\\tnombre\\n01\\tGuatemala\\n02\\tEl Progreso\\n | - | text/tab-separated-values",
      "{\"success\": true, \"result\": []} | api | application/json",
      "[{\"id\": 1}, {\"id\": 2}] | datos.json | application/json",
      "<?xml version=\"1.0\"?><root><a>1</a></root> | datos.xml | application/xml",
      "<!DOCTYPE html><html><head><title>x</title></head><body>a,b\\nc,d</body></html> | - | text/html",
      "{\\rtf1\\ansi hola} | doc.rtf | application/rtf",
      "%PDF-1.7\\n1 0 obj\\n<< /Type /Catalog >>\\nendobj\\n | reporte.pdf | application/pdf",
      "#!/bin/sh\\necho a,b\\necho c,d\\n | run | application/x-sh",
      "Informe anual de la institución sin separadores | - | text/plain"})
  void sniffsTheRealTypeOfTheFirstBytes(String content, String name, String expected) {
    byte[] bytes = unescape(content.strip()).getBytes(StandardCharsets.UTF_8);

    assertThat(sniffer.sniff(bytes, name == null ? null : "http://h/" + name)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "zip signature named {0} is {1}")
  @CsvSource({"datos.xlsx, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "datos.zip, application/zip"})
  void binarySignaturesAreLeftToTika(String name, String expected) {
    byte[] bytes = new byte[64];
    bytes[0] = 'P';
    bytes[1] = 'K';
    bytes[2] = 3;
    bytes[3] = 4;

    assertThat(sniffer.sniff(bytes, "http://h/" + name)).isEqualTo(expected);
  }

  private static String unescape(String s) {
    return s.replace("\\n", "\n").replace("\\t", "\t").replace("\\uFEFF", "\uFEFF");
  }
}
