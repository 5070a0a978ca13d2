package gt.observatorio.web.digest;

import io.vertx.core.Future;

/** Sends one message to one address; fails when the SMTP server does not take it. */
public interface Mailer {
  Future<Void> send(String to, MailContent content, String unsubscribeUrl);
}
