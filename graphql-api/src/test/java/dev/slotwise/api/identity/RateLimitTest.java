package dev.slotwise.api.identity;

import dev.slotwise.api.support.ApiTest;
import dev.slotwise.api.support.Callers;
import dev.slotwise.api.support.Mailbox;
import dev.slotwise.api.support.TestClock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** Sign-in attempts are limited per email and per client address; the limits lift when the window passes. */
@ApiTest
class RateLimitTest {
  @Autowired
  private HttpGraphQlTester graphQl;
  @Autowired
  private Mailbox mailbox;
  @Autowired
  private TestClock clock;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void tenAttemptsPerEmailInFifteenMinutesThenEvenTheRightPasswordWaits() {
    Callers callers = new Callers(graphQl, mailbox);
    Callers.Host host = callers.newHost("limited", "UTC");
    for (int attempt = 1; attempt <= 10; attempt++) {
      login(callers.anonymous(), host.email(), "wrong password " + attempt)
          .path("login.userErrors[0].code").entity(String.class).isEqualTo("INVALID_CREDENTIALS");
    }

    login(callers.anonymous(), host.email(), Callers.PASSWORD)
        .path("login.session").valueIsNull()
        .path("login.userErrors[0].code").entity(String.class).isEqualTo("RATE_LIMITED");

    clock.advance(Duration.ofMinutes(15));
    login(callers.anonymous(), host.email(), Callers.PASSWORD)
        .path("login.userErrors").entityList(Object.class).hasSize(0);
  }

  @Test
  void oneAddressTryingManyEmailsIsLimitedToo() {
    Callers callers = new Callers(graphQl, mailbox);
    HttpGraphQlTester address = callers.fromAddress(Callers.randomAddress());
    for (int attempt = 1; attempt <= 100; attempt++) {
      login(address, Callers.uniqueEmail("spray"), "guess " + attempt)
          .path("login.userErrors[0].code").entity(String.class).isEqualTo("INVALID_CREDENTIALS");
    }

    login(address, Callers.uniqueEmail("spray"), "guess")
        .path("login.userErrors[0].code").entity(String.class).isEqualTo("RATE_LIMITED");
  }

  private static HttpGraphQlTester.Response login(HttpGraphQlTester client, String email, String password) {
    return client.documentName("login").variable("email", email).variable("password", password).execute();
  }
}
