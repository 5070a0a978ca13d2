package gt.observatorio.web.digest;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.ext.mail.LoginOption;
import io.vertx.ext.mail.MailClient;
import io.vertx.ext.mail.MailMessage;
import io.vertx.ext.mail.StartTLSOptions;

/** Sends through the configured SMTP server with Vert.x's mail client; each message names its unsubscribe link. */
public final class SmtpMailer implements Mailer, AutoCloseable {
  private final MailClient client;
  private final String from;

  public SmtpMailer(Vertx vertx, MailConfig cfg) {
    io.vertx.ext.mail.MailConfig c = new io.vertx.ext.mail.MailConfig().setHostname(cfg.smtpHost())
        .setPort(cfg.smtpPort()).setSsl("tls".equals(cfg.tls()))
        .setStarttls("starttls".equals(cfg.tls()) ? StartTLSOptions.REQUIRED : StartTLSOptions.DISABLED);
    if (cfg.username() == null || cfg.username().isBlank()) {
      c.setLogin(LoginOption.DISABLED);
    } else {
      c.setLogin(LoginOption.REQUIRED).setUsername(cfg.username()).setPassword(cfg.password());
    }
    this.client = MailClient.create(vertx, c);
    this.from = cfg.from();
  }

  @Override
  public Future<Void> send(String to, MailContent content, String unsubscribeUrl) {
    MailMessage m = new MailMessage().setFrom(from).setTo(to).setSubject(content.subject())
        .setText(content.text()).setHtml(content.html())
        .addHeader("List-Unsubscribe", "<" + unsubscribeUrl + ">");
    return client.sendMail(m).mapEmpty();
  }

  @Override
  public void close() {
    client.close();
  }
}
