package dev.slotwise.api.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.mail.autoconfigure.MailProperties;

/** The test support does what its javadoc promises. */
@ApiTest
class ApiTestSupportTests {
  private static final Instant MONDAY_NINE = Instant.parse("2026-03-09T09:00:00Z");

  @Autowired
  private Clock applicationClock;

  @Autowired
  private TestClock testClock;

  @Autowired
  private Mailbox mailbox;

  @Autowired
  private MailProperties mail;

  @Test
  void theApplicationsClockIsTheTestClock() {
    assertThat(applicationClock).isSameAs(testClock);
  }

  @Test
  void theTestClockStandsStillWhereSetAndMovesWhenAdvanced() {
    testClock.setInstant(MONDAY_NINE);
    assertThat(testClock.instant()).isEqualTo(MONDAY_NINE);

    testClock.advance(Duration.ofMinutes(90));

    assertThat(testClock.instant()).isEqualTo(MONDAY_NINE.plus(Duration.ofMinutes(90)));
    assertThat(testClock.withZone(ZoneId.of("Europe/Berlin")).instant()).isEqualTo(testClock.instant());
  }

  @Test
  void theTestClockRunsOnFromAnAdvanceWhenNotStopped() {
    testClock.advance(Duration.ofDays(1));
    Instant tomorrow = Instant.now().plus(Duration.ofDays(1));

    assertThat(Duration.between(tomorrow, testClock.instant()).abs()).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void resetGoesBackToTheRealTime() {
    testClock.setInstant(MONDAY_NINE);

    testClock.reset();

    assertThat(Duration.between(Instant.now(), testClock.instant()).abs()).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void theApplicationMailsTheTestSmtpServer() {
    assertThat(mail.getHost()).isEqualTo("127.0.0.1");
    assertThat(mail.getPort()).isEqualTo(SmtpTestServer.get().getSmtp().getPort()).isPositive();
  }

  @Test
  void waitingForAMessageThatNeverComesFailsWithWhatArrived() {
    assertThatExceptionOfType(AssertionError.class)
        .isThrownBy(() -> mailbox.awaitSixDigitCode("nobody@example.com"))
        .withMessageContaining("nobody@example.com");
  }
}
