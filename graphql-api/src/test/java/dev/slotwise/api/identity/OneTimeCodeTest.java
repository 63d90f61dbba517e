package dev.slotwise.api.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slotwise.api.support.ApiTest;
import dev.slotwise.api.support.Callers;
import dev.slotwise.api.support.Mailbox;
import dev.slotwise.api.support.TestClock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;

/** Codes are single use, expire, die after five wrong tries, come at most once a minute, and are never shown. */
@ApiTest
@ExtendWith(OutputCaptureExtension.class)
class OneTimeCodeTest {
  @Autowired
  private HttpGraphQlTester graphQl;
  @Autowired
  private Mailbox mailbox;
  @Autowired
  private TestClock clock;
  @Autowired
  private JdbcTemplate jdbc;
  private Callers callers;

  @BeforeEach
  void setUp() {
    callers = new Callers(graphQl, mailbox);
  }

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void fiveWrongTriesKillTheCodeEvenForTheRightOne() {
    String email = registered("attempts");
    String code = mailbox.awaitSixDigitCode(email);
    String wrong = code.equals("000000") ? "111111" : "000000";
    HttpGraphQlTester client = callers.anonymous();

    for (int attempt = 1; attempt <= 4; attempt++) {
      verify(client, email, wrong).path("verifyEmail.userErrors[0].code").entity(String.class)
          .isEqualTo("CODE_INVALID");
    }
    verify(client, email, wrong).path("verifyEmail.userErrors[0].code").entity(String.class)
        .isEqualTo("TOO_MANY_ATTEMPTS");
    verify(client, email, code).path("verifyEmail.session").valueIsNull()
        .path("verifyEmail.userErrors[0].code").entity(String.class).isEqualTo("TOO_MANY_ATTEMPTS");
  }

  @Test
  void aCodeExpiresAfterTenMinutes() {
    String email = registered("expiry");
    String code = mailbox.awaitSixDigitCode(email);
    clock.advance(Duration.ofMinutes(10));

    verify(callers.anonymous(), email, code).path("verifyEmail.userErrors[0].code").entity(String.class)
        .isEqualTo("CODE_EXPIRED");
  }

  @Test
  void aCodeWorksOnce() {
    String email = registered("once");
    String code = mailbox.awaitSixDigitCode(email);
    HttpGraphQlTester client = callers.anonymous();
    verify(client, email, code).path("verifyEmail.userErrors").entityList(Object.class).hasSize(0);

    verify(client, email, code).path("verifyEmail.session").valueIsNull()
        .path("verifyEmail.userErrors[0].code").entity(String.class).isEqualTo("CODE_INVALID");
  }

  @Test
  void aNewCodeComesAtMostOnceAMinuteAndFiveTimesAnHour() {
    String email = registered("cooldown");
    HttpGraphQlTester client = callers.anonymous();
    assertThat(mailbox.messagesTo(email)).hasSize(1);

    resend(client, email);
    assertThat(mailbox.messagesTo(email)).as("within the cooldown").hasSize(1);

    for (int sent = 2; sent <= 5; sent++) {
      clock.advance(Duration.ofSeconds(61));
      resend(client, email);
      assertThat(mailbox.messagesTo(email)).hasSize(sent);
    }
    clock.advance(Duration.ofSeconds(61));
    resend(client, email);
    assertThat(mailbox.messagesTo(email)).as("past the hourly cap").hasSize(5);

    clock.advance(Duration.ofHours(1));
    resend(client, email);
    assertThat(mailbox.messagesTo(email)).hasSize(6);
  }

  @Test
  void onlyTheNewestCodeWorks() {
    String email = registered("newest");
    String first = mailbox.awaitSixDigitCode(email);
    clock.advance(Duration.ofSeconds(61));
    resend(callers.anonymous(), email);
    String second = mailbox.awaitSixDigitCode(email);
    if (!first.equals(second)) {
      verify(callers.anonymous(), email, first).path("verifyEmail.userErrors[0].code").entity(String.class)
          .isEqualTo("CODE_INVALID");
    }
    verify(callers.anonymous(), email, second).path("verifyEmail.userErrors").entityList(Object.class).hasSize(0);
  }

  @Test
  void aliasesCannotTryManyCodesInOneRequest() {
    String email = Callers.uniqueEmail("aliases");
    HttpGraphQlTester client = callers.anonymous();
    client.documentName("requestEmailVerification").variable("email", email).execute();
    String code = mailbox.awaitSixDigitCode(email);
    StringBuilder guesses = new StringBuilder("mutation {");
    for (int i = 0; i < 100; i++) {
      guesses.append(String.format(" g%d: confirmEmail(input: {email: \"%s\", code: \"%06d\"}) { guestToken { token } }",
          i, email, i));
    }

    client.document(guesses.append(" }").toString()).execute().errors().satisfy(errors ->
        assertThat(errors).singleElement().satisfies(error -> {
          assertThat(error.getExtensions()).containsEntry("code", "QUERY_TOO_COMPLEX");
          assertThat(error.getMessage()).contains("aliased fields");
        }));

    // Nothing was tried: the real code still works.
    client.documentName("confirmEmail").variable("email", email).variable("code", code).execute()
        .path("confirmEmail.guestToken.email").entity(String.class).isEqualTo(email);
  }

  @Test
  void codesAreStoredOnlyAsKeyedHashesAndNeverLogged(CapturedOutput output) {
    String email = registered("secret");
    String code = mailbox.awaitSixDigitCode(email);

    List<Map<String, Object>> rows = jdbc.queryForList(
        "select encode(code_hash, 'hex') as hash from one_time_code where email = ?", email);
    assertThat(rows).singleElement().satisfies(row -> assertThat((String) row.get("hash")).hasSize(64)
        .doesNotContain(code));
    verify(callers.anonymous(), email, code).path("verifyEmail.userErrors").entityList(Object.class).hasSize(0);
    assertThat(output.getAll()).doesNotContain(code);
  }

  private String registered(String prefix) {
    String email = Callers.uniqueEmail(prefix);
    callers.anonymous().documentName("register")
        .variable("input", Map.of("email", email, "password", Callers.PASSWORD, "name", "Code Tester",
            "username", prefix + "-" + System.nanoTime(), "timeZone", "UTC"))
        .execute().path("register.userErrors").entityList(Object.class).hasSize(0);
    return email;
  }

  private static HttpGraphQlTester.Response verify(HttpGraphQlTester client, String email, String code) {
    return client.documentName("verifyEmail").variable("email", email).variable("code", code).execute();
  }

  private static void resend(HttpGraphQlTester client, String email) {
    client.documentName("resendVerificationCode").variable("email", email).execute()
        .path("resendVerificationCode.userErrors").entityList(Object.class).hasSize(0);
  }
}
