package dev.slotwise.api.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slotwise.api.support.ApiTest;
import dev.slotwise.api.support.Callers;
import dev.slotwise.api.support.Mailbox;
import dev.slotwise.api.support.SeparateApplication;
import dev.slotwise.api.support.TestClock;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.client.SubscriptionErrorException;
import org.springframework.graphql.client.WebSocketGraphQlClientInterceptor;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;
import reactor.core.publisher.Mono;

/**
 * Subscriptions over graphql-transport-ws: the host hears its bookings, an open booking page hears that slots
 * changed, on whichever instance the change happened, and nothing is lost while the listener reconnects.
 */
@ApiTest
class LiveUpdatesTest {
  private static final Instant MONDAY_MORNING = Instant.parse("2026-03-02T06:00:00Z");
  /** Time for the server to register a subscription after the client sends it; only a wait, never measured. */
  private static final long SETTLE_MILLIS = 1500;

  @Autowired
  private HttpGraphQlTester graphQl;
  @Autowired
  private Mailbox mailbox;
  @Autowired
  private TestClock clock;
  @Autowired
  private JdbcTemplate jdbc;
  @Autowired
  private EmbeddedPostgres sharedDatabase;
  @LocalServerPort
  private int port;
  private Callers callers;
  private Callers.Host host;
  private String eventType;

  @BeforeEach
  void setUp() {
    callers = new Callers(graphQl, mailbox);
    clock.setInstant(MONDAY_MORNING);
    host = callers.newHost("live", "UTC");
    eventType = callers.firstEventType(host);
  }

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void theHostHearsABookingAsItIsMade() throws Exception {
    CompletableFuture<List<Map<String, Object>>> heard = subscribe(port, host.accessToken(),
        "subscription { bookingChanged { action booking { id start guest { email } } } }", "bookingChanged", 1);

    String guestEmail = book("2026-03-03T10:00:00Z", "k1");

    assertThat(heard.get(10, TimeUnit.SECONDS)).singleElement().satisfies(change -> {
      assertThat(change).containsEntry("action", "CREATED");
      assertThat(change.get("booking").toString()).contains(guestEmail);
    });
  }

  @Test
  void aBookingPageHearsThatSlotsChangedWithoutAnyonesData() throws Exception {
    CompletableFuture<List<Map<String, Object>>> heard = subscribe(port, null,
        "subscription { availabilityChanged(eventTypeId: \"" + eventType + "\") { eventTypeId changedAt } }",
        "availabilityChanged", 1);

    book("2026-03-03T11:00:00Z", "k2");

    assertThat(heard.get(10, TimeUnit.SECONDS)).singleElement().satisfies(change ->
        assertThat(change).containsOnlyKeys("eventTypeId", "changedAt").containsEntry("eventTypeId", eventType));
  }

  @Test
  void aBookingPageHearsWhenTheHostEditsTheirSchedules() throws Exception {
    CompletableFuture<List<Map<String, Object>>> heard = subscribe(port, null,
        "subscription { availabilityChanged(eventTypeId: \"" + eventType + "\") { eventTypeId } }",
        "availabilityChanged", 1);

    host.tester().documentName("createSchedule").variable("input", Map.of("name", "Evenings", "timeZone", "UTC",
        "weeklyRules", List.of(Map.of("dayOfWeek", "MONDAY", "start", "18:00", "end", "20:00")))).execute()
        .path("createSchedule.userErrors").entityList(Object.class).hasSize(0);

    assertThat(heard.get(10, TimeUnit.SECONDS)).singleElement()
        .satisfies(change -> assertThat(change).containsEntry("eventTypeId", eventType));
  }

  @Test
  void bookingChangesNeedAnAccessTokenInConnectionInit() {
    WebSocketGraphQlTester anonymous = WebSocketGraphQlTester.builder("ws://localhost:" + port + "/graphql",
        new StandardWebSocketClient()).build();
    assertThatThrownBy(() -> anonymous.document("subscription { bookingChanged { action } }")
        .executeSubscription().toFlux().blockLast(Duration.ofSeconds(10)))
        .isInstanceOfSatisfying(SubscriptionErrorException.class, refused -> assertThat(refused.getErrors())
            .singleElement().satisfies(error ->
                assertThat(error.getExtensions()).containsEntry("code", "UNAUTHENTICATED")));
  }

  @Test
  void aSubscriberOnAnotherInstanceHearsTheChange() throws Exception {
    try (ConfigurableApplicationContext other = SeparateApplication.start(
        "--spring.datasource.url=" + sharedDatabase.getJdbcUrl("postgres", "postgres"),
        "--spring.datasource.username=postgres", "--spring.datasource.password=",
        // The same moment as this test's clock, so the other instance finds the token unexpired.
        "--slotwise.clock.pinned-at=" + MONDAY_MORNING)) {
      int otherPort = Integer.parseInt(other.getEnvironment().getProperty("local.server.port"));
      CompletableFuture<List<Map<String, Object>>> heard = subscribe(otherPort, host.accessToken(),
          "subscription { bookingChanged { action booking { id } } }", "bookingChanged", 1);

      book("2026-03-03T12:00:00Z", "k3");

      assertThat(heard.get(15, TimeUnit.SECONDS)).singleElement()
          .satisfies(change -> assertThat(change).containsEntry("action", "CREATED"));
    }
  }

  @Test
  void changesMadeWhileTheListenerReconnectsAreCaughtUp() throws Exception {
    CompletableFuture<List<Map<String, Object>>> heard = subscribe(port, host.accessToken(),
        "subscription { bookingChanged { action booking { id } } }", "bookingChanged", 1);

    jdbc.queryForList("select pg_terminate_backend(pid) from pg_stat_activity "
        + "where application_name = 'slotwise-cluster-events'");
    book("2026-03-03T13:00:00Z", "k4");

    assertThat(heard.get(20, TimeUnit.SECONDS)).isNotEmpty()
        .allSatisfy(change -> assertThat(change).containsEntry("action", "CREATED"));
  }

  private String book(String start, String key) {
    Callers.Guest guest = callers.newGuest(Callers.uniqueEmail("live-guest"));
    guest.tester().documentName("bookSlot").variable("input", Map.of("eventTypeId", eventType, "start", start,
        "timeZone", "UTC", "guest", Map.of("name", "Live Guest", "email", guest.email()), "idempotencyKey", key))
        .execute().path("bookSlot.booking.status").entity(String.class).isEqualTo("CONFIRMED");
    return guest.email();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static CompletableFuture<List<Map<String, Object>>> subscribe(int port, String token, String document,
      String field, int count) throws InterruptedException {
    WebSocketGraphQlTester.Builder<?> builder = WebSocketGraphQlTester.builder("ws://localhost:" + port + "/graphql",
        new StandardWebSocketClient());
    if (token != null) {
      builder.interceptor(new WebSocketGraphQlClientInterceptor() {
        @Override
        public Mono<Object> connectionInitPayload() {
          return Mono.just(Map.of("Authorization", "Bearer " + token));
        }
      });
    }
    CompletableFuture<List<Map<String, Object>>> heard = builder.build().document(document).executeSubscription()
        .toFlux(field, (Class<Map<String, Object>>) (Class) Map.class).take(count).collectList().toFuture();
    Thread.sleep(SETTLE_MILLIS);
    return heard;
  }
}
