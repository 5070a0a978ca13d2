package gt.observatorio.web.api;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;

/** A rendered answer: its media type, bytes and, for downloads, a file name. */
record Body(String contentType, Buffer bytes, String fileName) {
  static Body json(JsonObject o) {
    return new Body("application/json; charset=utf-8", o.toBuffer(), null);
  }

  static Body text(String contentType, String text, String fileName) {
    return new Body(contentType, Buffer.buffer(text.getBytes(StandardCharsets.UTF_8)), fileName);
  }
}
