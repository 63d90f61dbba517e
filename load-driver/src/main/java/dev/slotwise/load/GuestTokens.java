package dev.slotwise.load;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guests prove their email as real guests do: {@code requestEmailVerification}, the code read from the email that
 * the API sends over SMTP (to a GreenMail server on loopback), then {@code confirmEmail} for a guest token.
 */
final class GuestTokens implements AutoCloseable {
  private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

  private final GreenMail smtp;

  GuestTokens(int port) {
    smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
  }

  /** A verified guest: the email and the token that proves it. */
  record Guest(String email, String token) {}

  List<Guest> verify(GraphQlClient api, List<String> emails) throws IOException, InterruptedException {
    List<Guest> guests = new ArrayList<>();
    for (String email : emails) {
      JsonNodes.requireNoUserErrors(api.call("""
          mutation($email: String!) { requestEmailVerification(input: {email: $email}) { userErrors { code } } }""",
          Map.of("email", email), null).path("requestEmailVerification"), email);
      String code = awaitCode(email);
      var confirmed = api.call("""
          mutation($email: String!, $code: String!) {
            confirmEmail(input: {email: $email, code: $code}) { guestToken { token } userErrors { code } } }""",
          Map.of("email", email, "code", code), null).path("confirmEmail");
      JsonNodes.requireNoUserErrors(confirmed, email);
      guests.add(new Guest(email, confirmed.path("guestToken").path("token").asString()));
    }
    return guests;
  }

  private String awaitCode(String email) throws InterruptedException {
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (System.nanoTime() < deadline) {
      MimeMessage[] messages = smtp.getReceivedMessagesForDomain(email);
      if (messages.length > 0) {
        Matcher code = CODE.matcher(GreenMailUtil.getBody(messages[messages.length - 1]));
        if (code.find()) {
          return code.group(1);
        }
        throw new IllegalStateException("The email to " + email + " has no 6-digit code");
      }
      Thread.sleep(10);
    }
    throw new IllegalStateException("No email reached " + email + " within 30 s");
  }

  @Override
  public void close() {
    smtp.stop();
  }
}
