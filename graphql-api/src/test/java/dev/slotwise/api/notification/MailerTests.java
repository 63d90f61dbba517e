package dev.slotwise.api.notification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slotwise.api.support.ApiTest;
import dev.slotwise.api.support.Mailbox;
import dev.slotwise.api.support.ReceivedEmail;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** With spring.mail.host set (the tests point it at GreenMail), messages go out over SMTP. */
@ApiTest
class MailerTests {

  @Autowired
  private Mailer mailer;

  @Autowired
  private Mailbox mailbox;

  @Test
  void sendsOverSmtpFromTheConfiguredSender() {
    String email = "ada-" + UUID.randomUUID() + "@example.com";

    mailer.send(new EmailMessage(email, "Your Slotwise code", "Your code is 402913. It works for 10 minutes."));

    ReceivedEmail received = mailbox.awaitMessageTo(email);
    assertThat(received.from()).isEqualTo("Slotwise <no-reply@slotwise.local>");
    assertThat(received.to()).containsExactly(email);
    assertThat(received.subject()).isEqualTo("Your Slotwise code");
    assertThat(received.text()).isEqualTo("Your code is 402913. It works for 10 minutes.");
    assertThat(mailbox.awaitSixDigitCode(email)).isEqualTo("402913");
  }

  @Test
  void keepsNonAsciiTextIntact() {
    String email = "zoe-" + UUID.randomUUID() + "@example.com";

    mailer.send(new EmailMessage(email, "Réunion à 9 h – confirmée", "Zoë, ton créneau est réservé ✓"));

    ReceivedEmail received = mailbox.awaitMessageTo(email);
    assertThat(received.subject()).isEqualTo("Réunion à 9 h – confirmée");
    assertThat(received.text()).isEqualTo("Zoë, ton créneau est réservé ✓");
  }

  @Test
  void findsTheNewestCodeAmongSeveralMessages() {
    String email = "grace-" + UUID.randomUUID() + "@example.com";
    String other = "alan-" + UUID.randomUUID() + "@example.com";

    mailer.send(new EmailMessage(email, "Your Slotwise code", "Your code is 111111."));
    mailer.send(new EmailMessage(other, "Your Slotwise code", "Your code is 333333."));
    mailer.send(new EmailMessage(email, "Your new Slotwise code", "Your code is 222222."));

    assertThat(mailbox.awaitSixDigitCode(email)).isEqualTo("222222");
    assertThat(mailbox.messagesTo(email)).hasSize(2);
  }
}
