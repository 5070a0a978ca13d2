package gt.observatorio.web.digest;

/** One message, Spanish first: its subject, a plain-text part and an HTML part. */
public record MailContent(String subject, String text, String html) {}
