package dev.slotwise.api.identity.internal;

import dev.slotwise.api.notification.EmailMessage;

/**
 * An email to send once the transaction that decided it commits, so no code goes out for work that rolled back.
 *
 * @param message the email; its text may hold a code, so this record never prints it
 */
record OutgoingEmail(EmailMessage message) {
  @Override
  public String toString() {
    return "OutgoingEmail[to=" + message.to() + ", subject=" + message.subject() + "]";
  }
}
