package gt.observatorio.rules.methodology;

import java.util.List;

/** The few document elements the methodology uses, written as Markdown or HTML. */
interface DocWriter {
  DocWriter heading(int level, String text);

  DocWriter paragraph(String text);

  DocWriter bullets(List<String> items);

  DocWriter table(List<String> headers, List<List<String>> rows);

  String finish();

  /** Markdown (CommonMark with pipe tables). */
  static DocWriter markdown() {
    return new MarkdownWriter();
  }

  /** A self-contained HTML page. */
  static DocWriter html(String title) {
    return new HtmlWriter(title);
  }
}
