package gt.observatorio.crawler.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class UrisTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "' https://datos.gob.gt/archivo 2024.csv '|https://datos.gob.gt/archivo%202024.csv",
      "https://muni.gob.gt/información/año.pdf|https://muni.gob.gt/informaci%C3%B3n/a%C3%B1o.pdf",
      "https://x.test/a?b=1&c=%20ok|https://x.test/a?b=1&c=%20ok",
      "https://x.test/{id}|https://x.test/%7Bid%7D"})
  void encodesWhatBrowsersEncode(String raw, String expected) throws Exception {
    assertThat(Uris.lenient(raw)).isEqualTo(URI.create(expected));
  }

  @Test
  void stillRefusesWhatIsNoUrl() {
    assertThatThrownBy(() -> Uris.lenient("http://[bad")).isInstanceOf(java.net.URISyntaxException.class);
    assertThatThrownBy(() -> Uris.lenient(null)).isInstanceOf(java.net.URISyntaxException.class);
  }

  @Test
  void baseAddsTheSlash() {
    assertThat(Uris.asBase(URI.create("http://h:8080/catalogo?x=1"))).isEqualTo(URI.create("http://h:8080/catalogo/"));
    assertThat(Uris.asBase(URI.create("http://h:8080"))).isEqualTo(URI.create("http://h:8080/"));
  }
}
