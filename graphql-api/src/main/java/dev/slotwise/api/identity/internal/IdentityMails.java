package dev.slotwise.api.identity.internal;

import dev.slotwise.api.notification.EmailMessage;
import dev.slotwise.api.notification.Mailer;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/** The emails of sign-up and sign-in, and their sending after commit. */
@Component
class IdentityMails {
  private static final Logger log = LoggerFactory.getLogger(IdentityMails.class);

  private final Mailer mailer;

  IdentityMails(Mailer mailer) {
    this.mailer = mailer;
  }

  static OutgoingEmail accountCode(String email, String code, Duration validity) {
    return new OutgoingEmail(new EmailMessage(email, "Your Slotwise verification code: " + code,
        "Welcome to Slotwise.\n\nYour verification code is " + code + ". It works once, for "
            + validity.toMinutes() + " minutes.\n\nIf you did not sign up, ignore this email."));
  }

  static OutgoingEmail alreadyRegistered(String email) {
    return new OutgoingEmail(new EmailMessage(email, "Someone tried to sign up with your email",
        "Someone tried to create a Slotwise account with this address, which already has one.\n\n"
            + "If it was you, sign in instead. If not, you need not do anything: your account is unchanged."));
  }

  static OutgoingEmail guestCode(String email, String code, Duration validity) {
    return new OutgoingEmail(new EmailMessage(email, "Your Slotwise booking code: " + code,
        "Your code to confirm this email for a booking is " + code + ". It works once, for "
            + validity.toMinutes() + " minutes.\n\nIf you did not ask for it, ignore this email."));
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
  void send(OutgoingEmail email) {
    try {
      mailer.send(email.message());
    } catch (RuntimeException failed) {
      // The code is stored; the person can ask for it again. Never log the text: it holds the code.
      log.error("Could not send the email '{}': {}", email.message().subject().replaceAll("[0-9]{6}", "******"),
          failed.getClass().getSimpleName());
    }
  }
}
