package gt.observatorio.crawler.content;

import gt.observatorio.engine.domain.TableProfile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLStreamException;

/**
 * The first table of an OpenDocument spreadsheet (ODF 1.2/1.3 Part 3 §3.1: a zip package; its
 * {@code content.xml} holds {@code table:table} elements of {@code table:table-row} and
 * {@code table:table-cell}). The package is read entry by entry from its local headers (no central
 * directory is needed), so a file cut by the byte budget is still read up to the cut when its
 * {@code content.xml} starts within it; the cut row is not judged. The XML is read with StAX
 * ({@link OdsSheetReader}), never held whole; its decompressed size is capped.
 */
final class OdsTable {
  /** Most decompressed bytes of {@code content.xml} read (a zip bomb stops here, as a partial read). */
  static final long MAX_XML_BYTES = 256L * 1024 * 1024;

  private OdsTable() {}

  static TableProfile inspect(byte[] body, boolean complete, long size) {
    TableObserver rows = new TableObserver();
    boolean whole = complete;
    boolean reached = false;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(body))) {
      ZipEntry e;
      while ((e = zip.getNextEntry()) != null && !e.getName().equals("content.xml")) {
        // mimetype, manifest, styles, thumbnail: skipped
      }
      reached = e != null;
      if (reached) {
        new OdsSheetReader(rows).read(new Capped(zip, MAX_XML_BYTES));
      } else if (complete) {
        return unreadable(body, "sin content.xml / no content.xml");
      }
    } catch (IOException | XMLStreamException | RuntimeException e) {
      if (complete && rows.columns() == 0) {
        return unreadable(body, "no se pudo leer la hoja / cannot read the sheet: " + e.getClass().getSimpleName());
      }
      // cut by the budget (or the cap): what was read up to the cut is judged
      whole = false;
    }
    if (!complete && !reached) {
      return TableProfile.tooLarge("ods", body.length, size, body.length);
    }
    return new TableProfile("ods", body.length, whole, null, null, rows.columns(), rows.rows(), rows.finish(),
        rows.columns() == 0 ? "sin filas / no rows" : null);
  }

  private static TableProfile unreadable(byte[] body, String why) {
    return new TableProfile("ods", body.length, true, null, null, 0, 0, List.of(), why);
  }

  /** A stream that ends (with an exception) after {@code max} bytes. */
  private static final class Capped extends java.io.FilterInputStream {
    private long left;

    Capped(InputStream in, long max) {
      super(in);
      left = max;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (left <= 0) {
        throw new IOException("content.xml larger than " + MAX_XML_BYTES + " bytes");
      }
      int n = super.read(b, off, (int) Math.min(len, left));
      left -= Math.max(n, 0);
      return n;
    }

    @Override
    public void close() {
      // the zip stream is closed by its owner
    }
  }
}
