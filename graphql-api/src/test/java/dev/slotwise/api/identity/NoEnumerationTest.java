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

/** Nothing a stranger can ask tells whether an email has an account. */
@ApiTest
class NoEnumerationTest {
  @Autowired
  private HttpGraphQlTester graphQl;
  @Autowired
  private Mailbox mailbox;
  private Callers callers;

  @BeforeEach
  void setUp() {
    callers = new Callers(graphQl, mailbox);
  }

  @Test
  void registeringATakenEmailAnswersAsForANewOneAndTellsTheOwner() {
    Callers.Host host = callers.newHost("owner", "UTC");
    String fresh = Callers.uniqueEmail("fresh");

    Map<String, Object> forExisting = register(host.email(), "someone-" + System.nanoTime());
    Map<String, Object> forNew = register(fresh, "newcomer-" + System.nanoTime());

    assertThat(forExisting).containsEntry("email", host.email()).containsEntry("userErrors", java.util.List.of());
    assertThat(forNew).containsEntry("email", fresh).containsEntry("userErrors", java.util.List.of());
    assertThat(mailbox.messagesTo(host.email())).anySatisfy(message ->
        assertThat(message.subject()).isEqualTo("Someone tried to sign up with your email"));
  }

  @Test
  void aWrongPasswordAndAnUnknownEmailGetTheSameAnswer() {
    Callers.Host host = callers.newHost("known", "UTC");

    Object wrongPassword = login(host.email(), "not the password at all");
    Object unknownEmail = login(Callers.uniqueEmail("nobody"), "not the password at all");

    assertThat(wrongPassword).isEqualTo(unknownEmail);
  }

  @Test
  void askingForCodesAnswersAlikeForEveryEmail() {
    Callers.Host host = callers.newHost("codes", "UTC");
    HttpGraphQlTester client = callers.anonymous();
    for (String email : new String[] {host.email(), Callers.uniqueEmail("unknown")}) {
      client.documentName("resendVerificationCode").variable("email", email).execute()
          .path("resendVerificationCode.userErrors").entityList(Object.class).hasSize(0);
      client.documentName("requestEmailVerification").variable("email", email).execute()
          .path("requestEmailVerification.userErrors").entityList(Object.class).hasSize(0);
    }
  }

  private Map<String, Object> register(String email, String username) {
    return callers.anonymous().documentName("register")
        .variable("input", Map.of("email", email, "password", Callers.PASSWORD, "name", "Someone",
            "username", username, "timeZone", "UTC"))
        .execute().path("register").entity(MAP).get();
  }

  private Object login(String email, String password) {
    return callers.anonymous().documentName("login").variable("email", email).variable("password", password)
        .execute().path("login").entity(MAP).get();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static final Class<Map<String, Object>> MAP = (Class) Map.class;
}
