package dev.slotwise.api.notification;

/**
 * Sends email to one person at a time, from the address in {@code slotwise.mail.from}.
 *
 * <p>With {@code spring.mail.host} set, messages go to that SMTP server. Without it, and outside the
 * {@code production} profile (which refuses to start that way), they are written to the log and not sent, so a
 * developer can read a one-time code without a mail server.
 */
public interface Mailer {

  /**
   * Sends a message now; it returns once the mail server has accepted it.
   *
   * @param message what to send, and to whom
   * @throws MailDeliveryException if the mail server cannot be reached or refuses the message
   */
  void send(EmailMessage message);
}
