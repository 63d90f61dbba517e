package dev.slotwise.api.support;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the application mailed during a test, as the test SMTP server ({@link SmtpTestServer}) received it. One
 * mailbox serves every test in the JVM, so ask for the messages to an address the test made up itself.
 * {@link ApiTestCleanup} empties it after every test.
 */
public final class Mailbox {
  /** How long the await methods wait for a message. */
  public static final Duration PATIENCE = Duration.ofSeconds(5);
  private static final Pattern SIX_DIGITS = Pattern.compile("(?<!\\d)\\d{6}(?!\\d)");

  private final GreenMail server;

  Mailbox(GreenMail server) {
    this.server = server;
  }

  /**
   * The messages received so far for an address, oldest first.
   *
   * @param email the recipient's address; case does not matter
   * @return the messages, possibly none
   */
  public List<ReceivedEmail> messagesTo(String email) {
    List<ReceivedEmail> found = new ArrayList<>();
    for (MimeMessage message : server.getReceivedMessages()) {
      ReceivedEmail received = read(message);
      if (received.to().stream().anyMatch(email::equalsIgnoreCase)) {
        found.add(received);
      }
    }
    return found;
  }

  /**
   * Waits up to {@link #PATIENCE} for a message to an address.
   *
   * @param email the recipient's address
   * @return the newest message to it
   * @throws AssertionError if none arrives in time
   */
  public ReceivedEmail awaitMessageTo(String email) {
    return await(email, messages -> messages.isEmpty() ? Optional.empty() : Optional.of(messages.getLast()),
        "a message");
  }

  /**
   * Waits up to {@link #PATIENCE} for a message to an address that carries a six-digit code, such as a sign-in
   * code, and returns the code of the newest such message.
   *
   * @param email the recipient's address
   * @return the six digits
   * @throws AssertionError if no such message arrives in time
   */
  public String awaitSixDigitCode(String email) {
    return await(email, messages -> messages.reversed().stream().map(Mailbox::sixDigitCode)
        .flatMap(Optional::stream).findFirst(), "a message with a six-digit code");
  }

  /** Deletes every received message, for every address. */
  public void purge() {
    try {
      server.purgeEmailFromAllMailboxes();
    } catch (Exception e) {
      throw new IllegalStateException("Could not empty the test SMTP server's mailboxes", e);
    }
  }

  private interface Search<T> {
    Optional<T> in(List<ReceivedEmail> messages);
  }

  private <T> T await(String email, Search<T> search, String what) {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (true) {
      List<ReceivedEmail> messages = messagesTo(email);
      Optional<T> found = search.in(messages);
      if (found.isPresent()) {
        return found.get();
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("No " + what + " to " + email + " arrived within " + PATIENCE
            + "; the subjects of the messages to it: " + messages.stream().map(ReceivedEmail::subject).toList());
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("Interrupted while waiting for " + what + " to " + email, e);
      }
    }
  }

  private static Optional<String> sixDigitCode(ReceivedEmail message) {
    Matcher inText = SIX_DIGITS.matcher(message.text());
    if (inText.find()) {
      return Optional.of(inText.group());
    }
    Matcher inSubject = SIX_DIGITS.matcher(message.subject());
    return inSubject.find() ? Optional.of(inSubject.group()) : Optional.empty();
  }

  private static ReceivedEmail read(MimeMessage message) {
    try {
      Address[] recipients = message.getRecipients(Message.RecipientType.TO);
      List<String> to = recipients == null ? List.of() : Arrays.stream(recipients)
          .map(address -> address instanceof InternetAddress internet ? internet.getAddress() : address.toString())
          .toList();
      Address[] from = message.getFrom();
      String sender = from == null || from.length == 0 ? "" : from[0].toString();
      return new ReceivedEmail(sender, to, message.getSubject(), textOf(message).strip());
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException("Could not read a message the test SMTP server received", e);
    }
  }

  private static String textOf(Part part) throws MessagingException, IOException {
    if (part.isMimeType("text/*")) {
      return String.valueOf(part.getContent());
    }
    if (part.isMimeType("multipart/*")) {
      Multipart parts = (Multipart) part.getContent();
      for (int i = 0; i < parts.getCount(); i++) {
        BodyPart body = parts.getBodyPart(i);
        if (body.isMimeType("text/plain")) {
          return String.valueOf(body.getContent());
        }
      }
      return parts.getCount() == 0 ? "" : textOf(parts.getBodyPart(0));
    }
    return "";
  }
}
