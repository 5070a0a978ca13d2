package gt.observatorio.web.digest;

import gt.observatorio.engine.alerts.Event;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the messages, pure: a confirmation request, a weekly digest and an immediate alert, each in Spanish first and
 * English second, as plain text and HTML, every one with its unsubscribe link. Never writes an address.
 *
 * @param base the site's public base URL (links are made absolute with it)
 * @param zone the time zone dates are written in
 */
public record DigestComposer(String base, ZoneId zone) {
  private static final String SITE_ES = "Observatorio de Datos Abiertos de Guatemala";
  private static final String SITE_EN = "Open Data Observatory of Guatemala";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  /** The link that confirms a subscription (double opt-in). */
  public String confirmUrl(String token) {
    return base + "/api/v1/subscriptions/confirm?token=" + token;
  }

  /** The link that ends a subscription, in every message. */
  public String unsubscribeUrl(String token) {
    return base + "/api/v1/subscriptions/unsubscribe?token=" + token;
  }

  /** Asks to confirm a subscription to an institution (null: every institution). */
  public MailContent confirmation(String institution, String token) {
    String url = confirmUrl(token);
    String what = institution == null ? "todas las instituciones / every institution" : institution;
    String text = SITE_ES + "\n\nAlguien (esperamos que usted) pidió recibir el resumen semanal y las alertas de "
        + what + ".\nConfirme con este enlace: " + url + "\nSi no lo pidió, ignore este mensaje: no recibirá nada más."
        + "\n\n---\n" + SITE_EN + "\n\nSomeone (we hope you) asked to receive the weekly digest and alerts for " + what
        + ".\nConfirm with this link: " + url + "\nIf you did not ask, ignore this message: nothing more will be sent.\n";
    String html = "<p><strong>" + SITE_ES + "</strong></p><p>Alguien (esperamos que usted) pidió recibir el resumen"
        + " semanal y las alertas de " + esc(what) + ".</p><p><a href=\"" + esc(url) + "\">Confirmar la suscripción</a>"
        + "</p><p>Si no lo pidió, ignore este mensaje.</p><hr><p lang=\"en\"><strong>" + SITE_EN + "</strong></p>"
        + "<p lang=\"en\">Someone (we hope you) asked to receive the weekly digest and alerts for " + esc(what)
        + ".</p><p lang=\"en\"><a href=\"" + esc(url) + "\">Confirm the subscription</a></p>";
    return new MailContent("Confirme su suscripción / Confirm your subscription", text, wrap(html));
  }

  /** The weekly digest of a subscriber's new events, oldest first. */
  public MailContent digest(List<Event> events, String token) {
    String n = Integer.toString(events.size());
    return message("Resumen semanal: " + n + " novedades / Weekly digest: " + n + " changes",
        "Resumen semanal: " + n + " novedades", "Weekly digest: " + n + " changes", events, token);
  }

  /** An immediate alert: a key dataset broke. */
  public MailContent alert(Event e, String token) {
    String who = e.institution();
    return message("Alerta: " + e.kind().label().es() + " (" + who + ") / Alert: " + e.kind().label().en(),
        "Alerta inmediata: un conjunto de datos clave de " + who + " dejó de estar disponible",
        "Immediate alert: a key dataset of " + who + " is no longer available", List.of(e), token);
  }

  private MailContent message(String subject, String headEs, String headEn, List<Event> events, String token) {
    String unsub = unsubscribeUrl(token);
    StringBuilder text = new StringBuilder(SITE_ES).append("\n").append(headEs).append("\n(English below)\n\n");
    StringBuilder html = new StringBuilder("<p><strong>").append(SITE_ES).append("</strong></p><h1>")
        .append(esc(headEs)).append("</h1><ul>");
    for (Event e : events) {
      text.append("• ").append(line(e, true)).append("\n  ").append(evidence(e)).append("\n  ").append(base)
          .append(e.link()).append("\n");
      html.append(item(e, true));
    }
    text.append("\nPara dejar de recibir estos correos: ").append(unsub).append("\n\n---\n").append(SITE_EN)
        .append("\n").append(headEn).append("\n\n");
    html.append("</ul><p><small>Para dejar de recibir estos correos: <a href=\"").append(esc(unsub))
        .append("\">cancelar la suscripción</a></small></p><hr><p lang=\"en\"><strong>").append(SITE_EN)
        .append("</strong></p><h2 lang=\"en\">").append(esc(headEn)).append("</h2><ul lang=\"en\">");
    for (Event e : events) {
      text.append("• ").append(line(e, false)).append("\n  ").append(evidence(e)).append("\n  ").append(base)
          .append(e.link()).append("\n");
      html.append(item(e, false));
    }
    text.append("\nTo stop receiving these messages: ").append(unsub).append("\n");
    html.append("</ul><p lang=\"en\"><small>To stop receiving these messages: <a href=\"").append(esc(unsub))
        .append("\">unsubscribe</a></small></p>");
    return new MailContent(subject, text.toString(), wrap(html.toString()));
  }

  private String line(Event e, boolean es) {
    return (es ? e.kind().label().es() : e.kind().label().en()) + " — " + e.institution() + " — " + e.subject()
        + " (" + DAY.format(e.at().atZone(zone)) + ")";
  }

  private String item(Event e, boolean es) {
    return "<li><strong>" + esc(es ? e.kind().label().es() : e.kind().label().en()) + "</strong> — "
        + esc(e.institution()) + " — " + esc(e.subject()) + " <small>(" + DAY.format(e.at().atZone(zone))
        + ")</small><br><small>" + esc(evidence(e)) + "</small><br><a href=\"" + esc(base + e.link()) + "\">"
        + (es ? "Ver en el observatorio" : "See it on the observatory") + "</a></li>";
  }

  private static String evidence(Event e) {
    StringBuilder b = new StringBuilder();
    for (Map.Entry<String, String> x : new TreeMap<>(e.evidence()).entrySet()) {
      b.append(b.isEmpty() ? "" : "; ").append(x.getKey()).append(": ").append(x.getValue());
    }
    return b.toString();
  }

  private static String wrap(String body) {
    return "<!doctype html><html lang=\"es\"><head><meta charset=\"utf-8\"></head><body>" + body + "</body></html>";
  }

  static String esc(String s) {
    if (s == null) {
      return "";
    }
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
