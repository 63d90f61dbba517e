package dev.slotwise.api.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import dev.slotwise.api.support.ApiTest;
import dev.slotwise.api.support.Callers;
import dev.slotwise.api.support.Mailbox;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every identity operation, called by every kind of caller: who gets in, and who gets which error. */
@ApiTest
class RoleCheckTest {
  @Autowired
  private HttpGraphQlTester graphQl;
  @Autowired
  private Mailbox mailbox;
  @Autowired
  private JdbcTemplate jdbc;

  enum Role { ANONYMOUS, GUEST, HOST, ADMIN }

  /** An operation and what each role gets: "OK", or the top-level error code. */
  record Expectation(String operation, Map<String, Object> variables, String anonymous, String guest, String host,
      String admin) {
    String forRole(Role role) {
      return switch (role) {
        case ANONYMOUS -> anonymous;
        case GUEST -> guest;
        case HOST -> host;
        case ADMIN -> admin;
      };
    }
  }

  static Stream<Arguments> operations() {
    Map<String, Object> none = Map.of();
    Map<String, Object> plan = Map.of("userId", "VXNlcjowMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDA",
        "plan", "PAID");
    Stream<Expectation> expectations = Stream.of(
        new Expectation("me", none, "UNAUTHENTICATED", "FORBIDDEN", "OK", "OK"),
        new Expectation("logout", none, "UNAUTHENTICATED", "FORBIDDEN", "OK", "OK"),
        new Expectation("logoutEverywhere", none, "UNAUTHENTICATED", "FORBIDDEN", "OK", "OK"),
        new Expectation("setUserPlan", plan, "UNAUTHENTICATED", "FORBIDDEN", "FORBIDDEN", "OK"),
        new Expectation("register", Map.of("input", Map.of("email", "x", "password", "x", "name", "x",
            "username", "x", "timeZone", "UTC")), "OK", "OK", "OK", "OK"),
        new Expectation("resendVerificationCode", Map.of("email", "x@example.com"), "OK", "OK", "OK", "OK"),
        new Expectation("verifyEmail", Map.of("email", "x@example.com", "code", "123456"), "OK", "OK", "OK", "OK"),
        new Expectation("login", Map.of("email", "x@example.com", "password", "x"), "OK", "OK", "OK", "OK"),
        new Expectation("refreshSession", Map.of("refreshToken", "x"), "OK", "OK", "OK", "OK"),
        new Expectation("requestEmailVerification", Map.of("email", "x@example.com"), "OK", "OK", "OK", "OK"),
        new Expectation("confirmEmail", Map.of("email", "x@example.com", "code", "123456"), "OK", "OK", "OK", "OK"));
    return expectations.flatMap(expectation -> Stream.of(Role.values()).map(role ->
        argumentSet(expectation.operation() + " as " + role, expectation, role)));
  }

  @ParameterizedTest
  @MethodSource("operations")
  void eachRoleGetsWhatItMay(Expectation expectation, Role role) {
    HttpGraphQlTester caller = callerFor(role);

    HttpGraphQlTester.Request<?> request = caller.documentName(expectation.operation());
    for (Map.Entry<String, Object> variable : expectation.variables().entrySet()) {
      request = request.variable(variable.getKey(), variable.getValue());
    }
    String expected = expectation.forRole(role);
    if (expected.equals("OK")) {
      request.execute().path(expectation.operation()).hasValue();
    } else {
      request.execute().errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error ->
          assertThat(error.getExtensions()).containsEntry("code", expected)));
    }
  }

  private HttpGraphQlTester callerFor(Role role) {
    Callers callers = new Callers(graphQl, mailbox);
    Function<Role, HttpGraphQlTester> make = r -> switch (r) {
      case ANONYMOUS -> callers.anonymous();
      case GUEST -> callers.newGuest(Callers.uniqueEmail("guest")).tester();
      case HOST -> callers.newHost("host", "UTC").tester();
      case ADMIN -> {
        Callers.Host admin = callers.newHost("admin", "UTC");
        jdbc.update("update user_account set role = 'ADMIN' where email = ?", admin.email());
        yield admin.tester();
      }
    };
    return make.apply(role);
  }
}
