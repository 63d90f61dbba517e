package dev.slotwise.api.notification.internal;

import dev.slotwise.api.notification.EmailMessage;
import dev.slotwise.api.notification.MailDeliveryException;
import dev.slotwise.api.notification.Mailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/** Sends through the SMTP server of {@code spring.mail.*}, by Spring Boot's {@link JavaMailSender}. */
final class SmtpMailer implements Mailer {
  private static final Logger log = LoggerFactory.getLogger(SmtpMailer.class);

  private final JavaMailSender sender;
  private final String from;

  SmtpMailer(JavaMailSender sender, String from) {
    this.sender = sender;
    this.from = from;
  }

  @Override
  public void send(EmailMessage message) {
    SimpleMailMessage mail = new SimpleMailMessage();
    mail.setFrom(from);
    mail.setTo(message.to());
    mail.setSubject(message.subject());
    mail.setText(message.text());
    try {
      sender.send(mail);
    } catch (MailException e) {
      throw new MailDeliveryException("The SMTP server did not accept a message", e);
    }
    // Never the body: it may carry a one-time code.
    log.debug("Sent an email to {}", message.to());
  }
}
