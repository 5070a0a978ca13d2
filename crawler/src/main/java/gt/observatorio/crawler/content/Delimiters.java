package gt.observatorio.crawler.content;

/** The field delimiter of delimited text: the candidate that splits the first lines into the same number of fields. */
final class Delimiters {
  private static final char[] CANDIDATES = {',', ';', '\t', '|'};

  private Delimiters() {}

  static char detect(String text) {
    String[] lines = text.split("\r?\n", 52);
    char best = ',';
    int bestScore = -1;
    for (char c : CANDIDATES) {
      int[] counts = new int[Math.min(lines.length, 51)];
      for (int i = 0; i < counts.length; i++) {
        counts[i] = count(lines[i], c);
      }
      int first = counts.length == 0 ? 0 : counts[0];
      int agree = 0;
      for (int n : counts) {
        agree += n == first && n > 0 ? 1 : 0;
      }
      int score = first == 0 ? 0 : agree * 1000 + first;
      if (score > bestScore) {
        best = c;
        bestScore = score;
      }
    }
    return best;
  }

  private static int count(String line, char c) {
    int n = 0;
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (ch == '"') {
        quoted = !quoted;
      } else if (ch == c && !quoted) {
        n++;
      }
    }
    return n;
  }

  static String name(char c) {
    return switch (c) {
      case '\t' -> "tab";
      case ';' -> "punto y coma / semicolon";
      case '|' -> "barra / pipe";
      default -> "coma / comma";
    };
  }
}
