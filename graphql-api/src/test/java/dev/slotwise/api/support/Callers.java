package dev.slotwise.api.support;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Callers of every kind for tests: anonymous clients, signed-in hosts and verified guests, each from its own
 * client address (sent as {@code X-Forwarded-For}, which the test profile honours), so per-address rate limits of
 * one test never reach another.
 */
public final class Callers {
  private static final AtomicInteger SEQUENCE = new AtomicInteger();
  public static final String PASSWORD = "correct horse battery staple";

  private final HttpGraphQlTester tester;
  private final Mailbox mailbox;

  public Callers(HttpGraphQlTester tester, Mailbox mailbox) {
    this.tester = tester;
    this.mailbox = mailbox;
  }

  /** A signed-in user's tokens and a tester that sends the access token. */
  public record Host(String email, String username, String userId, String accessToken, String refreshToken,
      HttpGraphQlTester tester) {}

  /** A guest's proven email and a tester that sends the guest token. */
  public record Guest(String email, String token, HttpGraphQlTester tester) {}

  /** A client with no token, from an address of its own. */
  public HttpGraphQlTester anonymous() {
    return fromAddress(randomAddress());
  }

  public HttpGraphQlTester fromAddress(String address) {
    return tester.mutate().header("X-Forwarded-For", address).build();
  }

  /** A tester that sends the given bearer token, from an address of its own. */
  public HttpGraphQlTester withToken(String token) {
    return tester.mutate().header("X-Forwarded-For", randomAddress()).header("Authorization", "Bearer " + token)
        .build();
  }

  /** A unique email address for this test run. */
  public static String uniqueEmail(String prefix) {
    return prefix + "-" + SEQUENCE.incrementAndGet() + "-" + Long.toHexString(System.nanoTime()) + "@example.com";
  }

  /** Registers and verifies a new host in the given time zone. */
  public Host newHost(String prefix, String timeZone) {
    String email = uniqueEmail(prefix);
    String username = (prefix + "-" + SEQUENCE.incrementAndGet() + "-" + Long.toHexString(System.nanoTime()))
        .toLowerCase();
    HttpGraphQlTester client = anonymous();
    client.documentName("register")
        .variable("input", Map.of("email", email, "password", PASSWORD, "name", "Host " + prefix,
            "username", username, "timeZone", timeZone))
        .execute().path("register.userErrors").entityList(Object.class).hasSize(0);
    String code = mailbox.awaitSixDigitCode(email);
    Map<String, Object> session = client.documentName("verifyEmail").variable("email", email).variable("code", code)
        .execute().path("verifyEmail.session").entity(MAP).get();
    String accessToken = (String) session.get("accessToken");
    HttpGraphQlTester signedIn = withToken(accessToken);
    String id = signedIn.documentName("me").execute().path("me.id").entity(String.class).get();
    return new Host(email, username, id, accessToken, (String) session.get("refreshToken"), signedIn);
  }

  /** The id of the host's first active event type (a new host's "30 minute meeting"), from their profile. */
  public String firstEventType(Host host) {
    return anonymous().documentName("profile").variable("username", host.username()).execute()
        .path("profile.eventTypes[0].id").entity(String.class).get();
  }

  /** A guest who proved the given email. */
  public Guest newGuest(String email) {
    HttpGraphQlTester client = anonymous();
    client.documentName("requestEmailVerification").variable("email", email).execute()
        .path("requestEmailVerification.userErrors").entityList(Object.class).hasSize(0);
    String code = mailbox.awaitSixDigitCode(email);
    String token = client.documentName("confirmEmail").variable("email", email).variable("code", code).execute()
        .path("confirmEmail.guestToken.token").entity(String.class).get();
    return new Guest(email, token, withToken(token));
  }

  public static String randomAddress() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static final Class<Map<String, Object>> MAP = (Class) Map.class;
}
