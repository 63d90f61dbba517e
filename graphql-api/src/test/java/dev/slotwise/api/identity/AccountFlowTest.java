package dev.slotwise.api.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slotwise.api.support.ApiTest;
import dev.slotwise.api.support.Callers;
import dev.slotwise.api.support.Mailbox;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Register, verify, sign in, refresh, sign out: the whole life of a session, over HTTP. */
@ApiTest
class AccountFlowTest {
  @Autowired
  private HttpGraphQlTester graphQl;
  @Autowired
  private Mailbox mailbox;
  @Autowired
  private WebTestClient web;
  private Callers callers;

  @BeforeEach
  void setUp() {
    callers = new Callers(graphQl, mailbox);
  }

  @Test
  void registerVerifySignInRefreshAndSignOut() {
    String email = Callers.uniqueEmail("flow");
    HttpGraphQlTester client = callers.anonymous();

    client.documentName("register")
        .variable("input", Map.of("email", email.toUpperCase(), "password", Callers.PASSWORD, "name", " Ada ",
            "username", "Ada-" + System.nanoTime(), "timeZone", "Europe/Berlin"))
        .execute()
        .path("register.email").entity(String.class).isEqualTo(email)
        .path("register.userErrors").entityList(Object.class).hasSize(0);

    String code = mailbox.awaitSixDigitCode(email);
    client.documentName("login").variable("email", email).variable("password", Callers.PASSWORD).execute()
        .path("login.session").valueIsNull()
        .path("login.userErrors[0].code").entity(String.class).isEqualTo("EMAIL_NOT_VERIFIED");

    String accessToken = client.documentName("verifyEmail").variable("email", email).variable("code", code)
        .execute()
        .path("verifyEmail.userErrors").entityList(Object.class).hasSize(0)
        .path("verifyEmail.user.email").entity(String.class).isEqualTo(email)
        .path("verifyEmail.user.name").entity(String.class).isEqualTo("Ada")
        .path("verifyEmail.user.plan").entity(String.class).isEqualTo("FREE")
        .path("verifyEmail.user.role").entity(String.class).isEqualTo("HOST")
        .path("verifyEmail.session.accessToken").entity(String.class).get();
    callers.withToken(accessToken).documentName("me").execute()
        .path("me.email").entity(String.class).isEqualTo(email)
        .path("me.timeZone").entity(String.class).isEqualTo("Europe/Berlin");

    Map<String, Object> session = client.documentName("login").variable("email", email)
        .variable("password", Callers.PASSWORD).execute()
        .path("login.userErrors").entityList(Object.class).hasSize(0)
        .path("login.session").entity(MAP).get();
    Map<String, Object> refreshed = client.documentName("refreshSession")
        .variable("refreshToken", session.get("refreshToken")).execute()
        .path("refreshSession.userErrors").entityList(Object.class).hasSize(0)
        .path("refreshSession.user.email").entity(String.class).isEqualTo(email)
        .path("refreshSession.session").entity(MAP).get();
    assertThat(refreshed.get("refreshToken")).isNotEqualTo(session.get("refreshToken"));

    HttpGraphQlTester signedIn = callers.withToken((String) refreshed.get("accessToken"));
    signedIn.documentName("logout").execute().path("logout.sessionsEnded").entity(Integer.class).isEqualTo(1);

    assertRefused((String) refreshed.get("accessToken"));
    assertRefused((String) session.get("accessToken"));
    client.documentName("refreshSession").variable("refreshToken", refreshed.get("refreshToken")).execute()
        .path("refreshSession.userErrors[0].code").entity(String.class).isEqualTo("INVALID_REFRESH_TOKEN");
    // The first sign-in's session is another session, and still works.
    callers.withToken(accessToken).documentName("me").execute().path("me.email").entity(String.class)
        .isEqualTo(email);
  }

  @Test
  void logoutEverywhereEndsEverySessionOfTheUser() {
    Callers.Host host = callers.newHost("everywhere", "UTC");
    String secondAccessToken = callers.anonymous().documentName("login").variable("email", host.email())
        .variable("password", Callers.PASSWORD).execute().path("login.session.accessToken").entity(String.class)
        .get();

    host.tester().documentName("logoutEverywhere").execute()
        .path("logoutEverywhere.sessionsEnded").entity(Integer.class).isEqualTo(2);

    assertRefused(host.accessToken());
    assertRefused(secondAccessToken);
    callers.anonymous().documentName("refreshSession").variable("refreshToken", host.refreshToken()).execute()
        .path("refreshSession.userErrors[0].code").entity(String.class).isEqualTo("INVALID_REFRESH_TOKEN");
  }

  @Test
  void aSpentRefreshTokenPresentedAgainEndsTheWholeSession() {
    Callers.Host host = callers.newHost("reuse", "UTC");
    HttpGraphQlTester client = callers.anonymous();
    Map<String, Object> next = client.documentName("refreshSession").variable("refreshToken", host.refreshToken())
        .execute().path("refreshSession.session").entity(MAP).get();

    // An attacker replays the token the user already spent.
    client.documentName("refreshSession").variable("refreshToken", host.refreshToken()).execute()
        .path("refreshSession.session").valueIsNull()
        .path("refreshSession.userErrors[0].code").entity(String.class).isEqualTo("INVALID_REFRESH_TOKEN");

    // The whole family is gone: the newest refresh token and every access token of the session.
    client.documentName("refreshSession").variable("refreshToken", next.get("refreshToken")).execute()
        .path("refreshSession.userErrors[0].code").entity(String.class).isEqualTo("INVALID_REFRESH_TOKEN");
    assertRefused((String) next.get("accessToken"));
    assertRefused(host.accessToken());
  }

  @Test
  void aTakenUsernameIsSaidToBeTaken() {
    Callers.Host host = callers.newHost("taken", "UTC");

    callers.anonymous().documentName("register")
        .variable("input", Map.of("email", Callers.uniqueEmail("other"), "password", Callers.PASSWORD,
            "name", "Other", "username", host.username(), "timeZone", "UTC"))
        .execute()
        .path("register.email").valueIsNull()
        .path("register.userErrors[0].code").entity(String.class).isEqualTo("USERNAME_TAKEN")
        .path("register.userErrors[0].field").entityList(String.class).containsExactly("input", "username");
  }

  @Test
  void invalidInputNamesEachFieldItsRuleAndValue() {
    callers.anonymous().documentName("register")
        .variable("input", Map.of("email", "not-an-email", "password", "short", "name", "",
            "username", "-x", "timeZone", "Mars/Olympus"))
        .execute()
        .path("register.userErrors[*].code").entityList(String.class)
        .containsExactly("VALIDATION", "VALIDATION", "VALIDATION", "VALIDATION", "VALIDATION")
        .path("register.userErrors[*].field[1]").entityList(String.class)
        .containsExactly("email", "password", "name", "username", "timeZone")
        .path("register.userErrors[4].message").entity(String.class)
        .isEqualTo("timeZone must be an IANA time zone id such as Europe/Berlin, or UTC, was 'Mars/Olympus'")
        .path("register.userErrors[1].message").entity(String.class)
        .isEqualTo("password must be 10 to 200 characters, was 5");
  }

  private void assertRefused(String accessToken) {
    web.post().uri("/graphql").header(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken)
        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("query", "{ me { id } }"))
        .exchange().expectStatus().isUnauthorized();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static final Class<Map<String, Object>> MAP = (Class) Map.class;

}
