package dev.slotwise.api.identity;

import dev.slotwise.api.support.ApiTest;
import dev.slotwise.api.support.Callers;
import dev.slotwise.api.support.Mailbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;

/** Administrators set plans, and the change shows on the user's very next request. */
@ApiTest
class PlanTest {
  @Autowired
  private HttpGraphQlTester graphQl;
  @Autowired
  private Mailbox mailbox;
  @Autowired
  private JdbcTemplate jdbc;

  @Test
  void anAdministratorSetsAUsersPlan() {
    Callers callers = new Callers(graphQl, mailbox);
    Callers.Host user = callers.newHost("customer", "UTC");
    Callers.Host admin = callers.newHost("operator", "UTC");
    jdbc.update("update user_account set role = 'ADMIN' where email = ?", admin.email());

    admin.tester().documentName("setUserPlan").variable("userId", user.userId()).variable("plan", "PAID")
        .execute()
        .path("setUserPlan.userErrors").entityList(Object.class).hasSize(0)
        .path("setUserPlan.user.plan").entity(String.class).isEqualTo("PAID");

    user.tester().documentName("me").execute().path("me.plan").entity(String.class).isEqualTo("PAID");
  }

  @Test
  void anUnknownUserIsAUserError() {
    Callers callers = new Callers(graphQl, mailbox);
    Callers.Host admin = callers.newHost("operator", "UTC");
    jdbc.update("update user_account set role = 'ADMIN' where email = ?", admin.email());

    admin.tester().documentName("setUserPlan").variable("userId", "not-an-id").variable("plan", "PAID").execute()
        .path("setUserPlan.user").valueIsNull()
        .path("setUserPlan.userErrors[0].code").entity(String.class).isEqualTo("NOT_FOUND");
  }

  @Test
  void anEmailListedAsAdministratorBecomesOneWhenVerified() {
    Callers callers = new Callers(graphQl, mailbox);
    HttpGraphQlTester client = callers.anonymous();
    String email = "first-admin@slotwise.test";
    client.documentName("register").variable("input", java.util.Map.of("email", email, "password",
        Callers.PASSWORD, "name", "First Admin", "username", "first-admin", "timeZone", "UTC")).execute();

    client.documentName("verifyEmail").variable("email", email).variable("code", mailbox.awaitSixDigitCode(email))
        .execute().path("verifyEmail.user.role").entity(String.class).isEqualTo("ADMIN");
  }
}
