package gt.observatorio.rules.methodology;

import java.util.List;

final class HtmlWriter implements DocWriter {
  private final StringBuilder out = new StringBuilder();

  HtmlWriter(String title) {
    out.append("<!DOCTYPE html>\n<html lang=\"es\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(esc(title)).append("</title>\n</head>\n<body>\n");
  }

  @Override
  public DocWriter heading(int level, String text) {
    out.append("<h").append(level).append('>').append(code(esc(text))).append("</h").append(level).append(">\n");
    return this;
  }

  @Override
  public DocWriter paragraph(String text) {
    out.append("<p>").append(code(esc(text))).append("</p>\n");
    return this;
  }

  @Override
  public DocWriter bullets(List<String> items) {
    out.append("<ul>\n");
    items.forEach(i -> out.append("<li>").append(code(esc(i))).append("</li>\n"));
    out.append("</ul>\n");
    return this;
  }

  @Override
  public DocWriter table(List<String> headers, List<List<String>> rows) {
    out.append("<table>\n<thead><tr>");
    headers.forEach(h -> out.append("<th>").append(esc(h)).append("</th>"));
    out.append("</tr></thead>\n<tbody>\n");
    for (List<String> r : rows) {
      out.append("<tr>");
      r.forEach(c -> out.append("<td>").append(code(esc(c))).append("</td>"));
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n");
    return this;
  }

  @Override
  public String finish() {
    return out.append("</body>\n</html>\n").toString();
  }

  static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  /** Markdown-style `code` spans become {@code <code>}. */
  private static String code(String s) {
    StringBuilder b = new StringBuilder();
    boolean open = false;
    for (char c : s.toCharArray()) {
      if (c == '`') {
        b.append(open ? "</code>" : "<code>");
        open = !open;
      } else {
        b.append(c);
      }
    }
    if (open) {
      b.append("</code>");
    }
    return b.toString();
  }
}
