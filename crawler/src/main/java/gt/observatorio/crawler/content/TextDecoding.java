package gt.observatorio.crawler.content;

import gt.observatorio.engine.domain.TableIssue;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a delimited or JSON file and what its encoding says: UTF-8 (with or without BOM), else
 * windows-1252 (the Latin-1 most Spanish-language exports use), and UTF-8 text that was once decoded
 * as Latin-1 and saved again ("mojibake": {@code PetÃ©n} for {@code Petén}).
 */
final class TextDecoding {
  /** UTF-8 bytes of Latin-1 letters read as windows-1252: Ã followed by a continuation, or Â before a sign. */
  private static final Pattern MOJIBAKE = Pattern.compile("Ã[\\u0080-\\u00BF\\u0152\\u0153\\u0160\\u0161\\u0178\\u017D\\u017E\\u0192\\u02C6\\u02DC\\u2013-\\u203A\\u20AC\\u2122]|Â[\\u00A0-\\u00BF]");
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  record Decoded(String text, String encoding, List<TableIssue> issues) {}

  private TextDecoding() {}

  static Decoded decode(byte[] b, boolean complete) {
    List<TableIssue> issues = new ArrayList<>();
    int start = b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF ? 3 : 0;
    int end = b.length;
    if (!complete) {
      end = cutPartialUtf8(b, start, end);
    }
    String text;
    String encoding;
    try {
      CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
      CharBuffer cb = d.decode(ByteBuffer.wrap(b, start, end - start));
      text = cb.toString();
      encoding = "UTF-8";
      Matcher m = MOJIBAKE.matcher(text);
      if (m.find()) {
        int line = line(text, m.start());
        issues.add(new TableIssue("encoding.mojibake",
            "'" + around(text, m.start()) + "' (fila/row " + line + ")",
            "letras como 'é', 'ñ' escritas una sola vez en UTF-8 / letters such as 'é', 'ñ' encoded once in UTF-8",
            "fila/row " + line));
      }
    } catch (CharacterCodingException e) {
      text = new String(b, start, end - start, WINDOWS_1252);
      encoding = "windows-1252";
      int first = firstNonAscii(b, start, end);
      int line = line(text, first - start);
      issues.add(new TableIssue("encoding.not-utf8", "windows-1252 / Latin-1 ('" + around(text, first - start) + "')",
          "UTF-8", "fila/row " + line));
    }
    return new Decoded(text, encoding, issues);
  }

  /** Drops a UTF-8 sequence cut by the byte budget at the end. */
  private static int cutPartialUtf8(byte[] b, int start, int end) {
    int i = end - 1;
    int back = 0;
    while (i >= start && back < 3 && (b[i] & 0xC0) == 0x80) {
      i--;
      back++;
    }
    if (i >= start && (b[i] & 0x80) != 0) {
      int need = (b[i] & 0xE0) == 0xC0 ? 2 : (b[i] & 0xF0) == 0xE0 ? 3 : (b[i] & 0xF8) == 0xF0 ? 4 : 1;
      if (back + 1 < need) {
        return i;
      }
    }
    return end;
  }

  private static int firstNonAscii(byte[] b, int start, int end) {
    for (int i = start; i < end; i++) {
      if (b[i] < 0) {
        return i;
      }
    }
    return start;
  }

  static int line(String text, int index) {
    int line = 1;
    for (int i = 0; i < index && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  private static String around(String text, int i) {
    int s = Math.max(0, i - 8);
    int e = Math.min(text.length(), i + 8);
    return text.substring(s, e).replace('\n', ' ').replace('\r', ' ').strip();
  }
}
