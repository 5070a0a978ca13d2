package gt.observatorio.web.laip;

import gt.observatorio.engine.domain.LaipChecklist;
import gt.observatorio.engine.domain.LaipNumeralCheck;
import java.time.YearMonth;
import java.util.Locale;

/** An institution's Article 10 report for CPCC: CSV and a printable HTML page. Pure. */
public final class LaipReport {
  private LaipReport() {}

  public static String csv(String institution, YearMonth month, LaipChecklist c) {
    StringBuilder sb = new StringBuilder(
        "\"institución / institution\",\"mes / month\",\"numeral / numeral\",\"descripción / description\","
            + "\"actualización / update\",\"código de estado / status code\",\"estado / status\","
            + "\"fecha más reciente / latest date\",\"evidencia / evidence\",\"enlaces rotos / broken links\","
            + "\"motivo de no verificable / why not verifiable\"\r\n");
    for (LaipNumeralCheck n : c.numerals()) {
      sb.append(cell(institution)).append(',').append(month).append(',').append(n.numeral()).append(',')
          .append(cell(n.label())).append(',').append(n.update()).append(',').append(n.status().id()).append(',')
          .append(cell(n.status().label().es() + " / " + n.status().label().en())).append(',').append(n.latestDate() == null ? "" : n.latestDate())
          .append(',').append(cell(String.join(" ", n.evidence()))).append(',')
          .append(cell(String.join(" ", n.brokenLinks()))).append(',')
          .append(cell(String.join("; ", LaipJson.unverifiable(n, c.issues()).stream()
              .map(u -> u.reason().reason().es() + " (" + u.url() + ")").toList()))).append("\r\n");
    }
    return sb.toString();
  }

  public static String html(String institution, String institutionName, YearMonth month, LaipChecklist c,
      boolean simulated) {
    StringBuilder rows = new StringBuilder();
    for (LaipNumeralCheck n : c.numerals()) {
      rows.append("<tr class=\"").append(n.status().id()).append("\"><td>").append(n.numeral()).append("</td><td>")
          .append(esc(n.label())).append("</td><td>").append(esc(update(n.update()))).append("</td><td><b>")
          .append(esc(n.status().label().es())).append("</b><br><small>").append(esc(n.status().label().en()))
          .append("</small></td><td>").append(n.latestDate() == null ? "—" : n.latestDate()).append("</td><td>");
      var unverified = LaipJson.unverifiable(n, c.issues());
      unverified.stream().limit(3).forEach(u -> rows.append("<span class=\"nv\">").append(esc(u.reason().reason().es()))
          .append(" / ").append(esc(u.reason().reason().en())).append(": ").append(esc(shorten(u.url())))
          .append("</span><br>"));
      n.evidence().stream().filter(u -> unverified.stream().noneMatch(x -> x.url().equals(u))).limit(3)
          .forEach(u -> rows.append("<a href=\"").append(esc(u)).append("\">").append(esc(shorten(u))).append("</a><br>"));
      n.brokenLinks().stream().limit(3).forEach(u -> rows.append("<span class=\"roto\">roto / broken: ")
          .append(esc(shorten(u))).append("</span><br>"));
      rows.append("</td></tr>\n");
    }
    String title = "Artículo 10 — " + esc(institutionName == null ? institution : institutionName) + " — " + month;
    return """
        <!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>%s</title>
        <style>body{font-family:system-ui,sans-serif;margin:2em;color:#222}table{border-collapse:collapse;width:100%%}
        th,td{border:1px solid #bbb;padding:4px 6px;vertical-align:top;font-size:13px}th{background:#eee}
        tr.current td:nth-child(4){background:#dff0d8}tr.stale td:nth-child(4){background:#fcf8e3}
        tr.broken td:nth-child(4){background:#f2dede}tr.not-found td:nth-child(4){background:#eee}
        tr.not-verifiable td:nth-child(4){background:#d9edf7}.nv{color:#31708f}
        .roto{color:#a94442}.sim{background:#fcf8e3;padding:.5em;border:1px solid #e0c36b}
        @media print{a{color:#000;text-decoration:none}.noprint{display:none}}</style></head><body>
        %s<h1>Información pública de oficio (Decreto 57-2008, artículo 10)</h1>
        <p><b>%s</b> (%s) — mes / month: <b>%s</b><br>Portal: <a href="%s">%s</a> — diseño / layout: %s<br>
        Revisado / checked: %s</p>
        <p><b>Cumplimiento / compliance: %s %%</b> de numerales publicados y vigentes (published and current);
        publicados / published: %s %%. No verificables automáticamente / could not be checked: %d
        (cuentan en el total de 29 pero no como cumplidos ni como rotos; requieren revisión manual /
        they count in the total of 29 but neither as compliant nor as broken; they need a manual review).</p>
        <table><thead><tr><th>#</th><th>Numeral</th><th>Actualización / update</th><th>Estado / status</th>
        <th>Fecha más reciente / latest</th><th>Evidencia / evidence</th></tr></thead><tbody>
        %s</tbody></table>
        <p><small>Vigente: mensual, a lo sumo 2 meses de antigüedad; anual, del año anterior o el actual; por cambio,
        publicado. Fechas leídas de textos de enlaces, nombres de archivos y carpetas, o Last-Modified. /
        Current: monthly, at most 2 months old; yearly, last or this year; on change, published.</small></p>
        <p class="noprint"><button onclick="window.print()">Imprimir / Print</button></p></body></html>
        """.formatted(title, simulated ? "<p class=\"sim\">Datos simulados (demo) / Simulated data (demo)</p>" : "",
        esc(institutionName == null ? institution : institutionName), esc(institution), month, esc(c.portalUrl()),
        esc(c.portalUrl()), esc(c.layout()), c.checkedAt(), fmt(c.compliancePercent()), fmt(c.publishedPercent()),
        c.count(gt.observatorio.engine.domain.LaipStatus.NOT_VERIFIABLE), rows);
  }

  static String update(String u) {
    return switch (u) {
      case "monthly" -> "mensual / monthly";
      case "yearly" -> "anual / yearly";
      default -> "al cambiar / on change";
    };
  }

  private static String fmt(double d) {
    return String.format(Locale.ROOT, "%.1f", d);
  }

  private static String shorten(String u) {
    return u.length() <= 70 ? u : u.substring(0, 40) + "…" + u.substring(u.length() - 25);
  }

  static String cell(String s) {
    if (s == null) {
      return "";
    }
    String v = s.matches("^[=+\\-@].*") ? "'" + s : s;
    return v.contains(",") || v.contains("\"") || v.contains("\n") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
  }

  static String esc(String s) {
    return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
