package gt.observatorio.crawler.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-written JSON and delimited-text checks answer as the regular expressions they replaced. */
class TextShapesTest {
  private static final String ALPHABET = ",;\t|\r\n \u000B{[]}\"1tfx-";

  @Test
  void jsonAndDelimitedChecksAgreeWithTheRegexVersionsOnRandomStrippedText() {
    Random random = new Random(20261126L);
    for (int k = 0; k < 200_000; k++) {
      StringBuilder b = new StringBuilder();
      for (int i = random.nextInt(40); i > 0; i--) {
        b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      String text = b.toString().strip();

      assertThat(ContentSniffer.looksJson(text)).as("json %s", text.replace("\n", "\\n"))
          .isEqualTo((text.startsWith("{") || text.startsWith("["))
              && text.matches("(?s)[\\[{]\\s*[\"\\[{\\]}0-9tfn-].*"));
      assertThat(ContentSniffer.looksDelimited(text)).as("delimited %s", text.replace("\n", "\\n"))
          .isEqualTo(regexDelimited(text));
    }
  }

  private static boolean regexDelimited(String text) {
    String[] lines = text.split("\r?\n");
    if (lines.length < 2) {
      return false;
    }
    for (char sep : new char[] {',', ';', '\t', '|'}) {
      long first = lines[0].chars().filter(ch -> ch == sep).count();
      if (first == 0) {
        continue;
      }
      int n = Math.min(lines.length - 1, 5);
      boolean same = true;
      for (int i = 1; i < n; i++) {
        same &= lines[i].chars().filter(ch -> ch == sep).count() == first;
      }
      if (same) {
        return true;
      }
    }
    return false;
  }
}
