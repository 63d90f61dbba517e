package dev.slotwise.api.notification;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A plain-text email to one recipient.
 *
 * @param to the recipient's address, such as {@code ada@example.com}; one address, no display name
 * @param subject the subject line; one line
 * @param text the body, as plain text
 */
public record EmailMessage(String to, String subject, String text) {
  // One address: something@something, with no spaces, commas or line breaks that could add a recipient or a header.
  private static final Pattern SINGLE_ADDRESS = Pattern.compile("[^\\s@,;<>]+@[^\\s@,;<>]+");

  /** Checks the parts, so a message that could not be sent as intended is refused before it reaches a server. */
  public EmailMessage {
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(text, "text");
    if (!SINGLE_ADDRESS.matcher(to).matches()) {
      throw new IllegalArgumentException("to must be one email address, such as ada@example.com; was '" + to + "'");
    }
    if (subject.isBlank() || subject.contains("\r") || subject.contains("\n")) {
      throw new IllegalArgumentException("subject must be one non-blank line; was '" + subject + "'");
    }
  }

  /** Names the recipient only: subject and body may carry a one-time code, which must not reach a log. */
  @Override
  public String toString() {
    return "EmailMessage[to=" + to + "]";
  }
}
