package dev.slotwise.api.notification.internal;

import dev.slotwise.api.notification.EmailMessage;
import dev.slotwise.api.notification.Mailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes each message, body included, to the log instead of sending it: for development without a mail server,
 * so that a developer can read the one-time codes the API mails. Never used in the {@code production} profile.
 */
final class DevelopmentMailer implements Mailer {
  private static final Logger log = LoggerFactory.getLogger(DevelopmentMailer.class);

  /** Starts every logged message, so nobody mistakes it for a sent email. */
  static final String NOT_SENT = "DEVELOPMENT ONLY - email NOT sent (no SMTP server: spring.mail.host is not set)";

  private final String from;

  DevelopmentMailer(String from) {
    this.from = from;
  }

  @Override
  public void send(EmailMessage message) {
    log.atWarn()
        .addKeyValue("mail.to", message.to())
        .addKeyValue("mail.subject", message.subject())
        .log("{}\nFrom: {}\nTo: {}\nSubject: {}\n\n{}", NOT_SENT, from, message.to(), message.subject(),
            message.text());
  }
}
