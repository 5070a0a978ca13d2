package gt.observatorio.rules.methodology;

import java.util.List;

final class MarkdownWriter implements DocWriter {
  private final StringBuilder out = new StringBuilder();

  @Override
  public DocWriter heading(int level, String text) {
    out.append("#".repeat(level)).append(' ').append(text).append("\n\n");
    return this;
  }

  @Override
  public DocWriter paragraph(String text) {
    out.append(text).append("\n\n");
    return this;
  }

  @Override
  public DocWriter bullets(List<String> items) {
    items.forEach(i -> out.append("- ").append(i).append('\n'));
    out.append('\n');
    return this;
  }

  @Override
  public DocWriter table(List<String> headers, List<List<String>> rows) {
    row(headers);
    out.append('|');
    headers.forEach(h -> out.append(" --- |"));
    out.append('\n');
    rows.forEach(this::row);
    out.append('\n');
    return this;
  }

  private void row(List<String> cells) {
    out.append('|');
    cells.forEach(c -> out.append(' ').append(c.replace("|", "\\|").replace("\n", " ")).append(" |"));
    out.append('\n');
  }

  @Override
  public String finish() {
    return out.toString();
  }
}
