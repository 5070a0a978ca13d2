package gt.observatorio.engine.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PackedTextTest {
  private static final String META = "{\"identifier\":\"a\",\"title\":\"Población por municipio\",\"distributions\":[]}";

  @Test
  void aDatasetVersionReadsBackAsWrittenWithOrWithoutItsRawRecord() {
    String raw = "{\"id\":\"a\",\"notes\":\"Estadísticas — ñandú\",\"resources\":[]}";
    assertThat(PackedText.unpackDataset(PackedText.packDataset(META, raw))).containsExactly(META, raw);
    assertThat(PackedText.unpackDataset(PackedText.packDataset(META, null))).containsExactly(META, null);
    assertThat(PackedText.unpackDataset(PackedText.packDataset(META, ""))).containsExactly(META, "");
  }

  @Test
  void aProbeResultIsPrimedWithItsUrlAndSmallerThanItsJson() {
    String url = "https://datos.example.gt/recurso/42.csv";
    String json = "{\"url\":\"" + url + "\",\"outcome\":\"REACHABLE\",\"httpStatus\":200,\"finalUrl\":\"" + url
        + "\",\"redirectChain\":[],\"format\":\"CSV\"}";
    byte[] packed = PackedText.pack(PackedText.Format.PROBE, json, url);
    assertThat(PackedText.unpack(packed, url)).isEqualTo(json);
    assertThat(packed.length).isLessThan(json.length() / 2);
    assertThat(packed.length).isLessThan(PackedText.pack(PackedText.Format.PROBE, json, null).length);
  }

  @Test
  void plainTextIsReadLikeAnyOtherFormatAndAnUnknownFormatIsRefused() {
    byte[] plain = PackedText.pack(PackedText.Format.PLAIN, META + "\0raw", null);
    assertThat(plain[0]).isZero();
    assertThat(PackedText.unpackDataset(plain)).containsExactly(META, "raw");
    assertThatThrownBy(() -> PackedText.unpack(new byte[] {9, 1, 2}, null)).isInstanceOf(IllegalStateException.class);
  }
}
