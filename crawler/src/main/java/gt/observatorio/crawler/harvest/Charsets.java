package gt.observatorio.crawler.harvest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Decodes bodies: a byte-order mark first, then the declared charset, else UTF-8. */
public final class Charsets {
  private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*\"?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);

  private Charsets() {}

  /** Text and whether bytes invalid in its charset were replaced. */
  public record Decoded(String text, Charset charset, boolean malformed) {}

  public static Decoded decode(byte[] bytes, String contentType) {
    int skip = 0;
    Charset cs = declared(contentType);
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      cs = StandardCharsets.UTF_8;
      skip = 3;
    } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      cs = StandardCharsets.UTF_16BE;
      skip = 2;
    } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      cs = StandardCharsets.UTF_16LE;
      skip = 2;
    }
    if (cs == null) {
      cs = StandardCharsets.UTF_8;
    }
    ByteBuffer buf = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    try {
      String text = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buf).toString();
      return new Decoded(text, cs, false);
    } catch (CharacterCodingException e) {
      return new Decoded(new String(bytes, skip, bytes.length - skip, cs), cs, true);
    }
  }

  /** The charset named in a Content-Type, or null when absent or unknown. */
  public static Charset declared(String contentType) {
    if (contentType == null) {
      return null;
    }
    Matcher m = CHARSET.matcher(contentType);
    if (!m.find()) {
      return null;
    }
    try {
      return Charset.forName(m.group(1).toLowerCase(Locale.ROOT));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }
}
