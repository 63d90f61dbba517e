package dev.slotwise.api.booking;

import javax.sql.DataSource;

import java.sql.PreparedStatement;

import java.sql.Connection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slotwise.api.support.ApiTest;
import dev.slotwise.api.support.Callers;
import dev.slotwise.api.support.Mailbox;
import dev.slotwise.api.support.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.CompletableFuture;
import java.util.UUID;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Booking over HTTP: guests book offered times, nobody double-books even when fifty race for one time, retries
 * with the same key never book twice, and cancelling frees the time. The clock is Monday 2 March 2026, 06:00 UTC;
 * hosts work 09:00–17:00 UTC on weekdays (their defaults).
 */
@ApiTest
class BookSlotTest {
  private static final Instant MONDAY_MORNING = Instant.parse("2026-03-02T06:00:00Z");
  private static final String TEN = "2026-03-03T10:00:00Z";

  @Autowired
  private HttpGraphQlTester graphQl;
  @Autowired
  private Mailbox mailbox;
  @Autowired
  private TestClock clock;
  @Autowired
  private WebTestClient web;
  @Autowired
  private JdbcTemplate jdbc;
  @Autowired
  private DataSource dataSource;
  private Callers callers;
  private Callers.Host host;
  private String eventType;

  @BeforeEach
  void setUp() {
    callers = new Callers(graphQl, mailbox);
    clock.setInstant(MONDAY_MORNING);
    host = callers.newHost("booked", "UTC");
    eventType = callers.firstEventType(host);
  }

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void aGuestBooksAnOfferedTimeAndItIsNoLongerOffered() {
    Callers.Guest guest = callers.newGuest(Callers.uniqueEmail("guest"));

    book(guest.tester(), TEN, guest.email(), "key-1")
        .path("bookSlot.userErrors").entityList(Object.class).hasSize(0)
        .path("bookSlot.booking.status").entity(String.class).isEqualTo("CONFIRMED")
        .path("bookSlot.booking.durationMinutes").entity(Integer.class).isEqualTo(30)
        .path("bookSlot.booking.guest.email").entity(String.class).isEqualTo(guest.email());

    List<String> starts = callers.anonymous().documentName("availableSlots").variable("eventTypeId", eventType)
        .variable("from", "2026-03-03").variable("to", "2026-03-03").variable("timeZone", "UTC").execute()
        .path("availableSlots.days[0].starts").entityList(String.class).get();
    assertThat(starts.stream().map(start -> Instant.parse(start).toString()))
        .doesNotContain(TEN).contains("2026-03-03T09:30:00Z", "2026-03-03T10:30:00Z");
  }

  @Test
  void theSameKeyAndInputReturnTheSameBookingAndAnotherInputIsRefused() {
    Callers.Guest guest = callers.newGuest(Callers.uniqueEmail("retry"));
    String first = book(guest.tester(), TEN, guest.email(), "same-key").path("bookSlot.booking.id")
        .entity(String.class).get();

    book(guest.tester(), TEN, guest.email(), "same-key").path("bookSlot.booking.id").entity(String.class)
        .isEqualTo(first);
    book(guest.tester(), "2026-03-03T11:00:00Z", guest.email(), "same-key")
        .path("bookSlot.booking").valueIsNull()
        .path("bookSlot.userErrors[0].code").entity(String.class).isEqualTo("IDEMPOTENCY_KEY_REUSED");
    assertThat(jdbc.queryForObject("select count(*) from booking where host_id = (select host_id from booking "
        + "where idempotency_key = 'same-key' limit 1)", Integer.class)).isEqualTo(1);
  }

  @Test
  void aTakenTimeIsRefusedWithTheReasonAndThreeAlternatives() {
    Callers.Guest first = callers.newGuest(Callers.uniqueEmail("first"));
    Callers.Guest second = callers.newGuest(Callers.uniqueEmail("second"));
    book(first.tester(), TEN, first.email(), "a").path("bookSlot.booking").hasValue();

    book(second.tester(), TEN, second.email(), "b")
        .path("bookSlot.booking").valueIsNull()
        .path("bookSlot.userErrors[0].code").entity(String.class).isEqualTo("CONFLICTS_WITH_BOOKING")
        .path("bookSlot.userErrors[0].field").entityList(String.class).containsExactly("input", "start")
        .path("bookSlot.alternatives").entityList(String.class).hasSize(3);
    assertThat(jdbc.queryForObject("select count(*) from booking_refusal where reason = 'CONFLICTS_WITH_BOOKING' "
        + "and requested_start = ?::timestamptz", Integer.class, TEN)).isPositive();
  }

  @Test
  void fiftyRacingForOneTimeGiveOneBookingAndFortyNineTypedRefusals() throws Exception {
    Map<String, Integer> outcomes = race(50, attempt -> TEN);

    assertThat(outcomes).containsEntry("BOOKED", 1).containsEntry("CONFLICTS_WITH_BOOKING", 49).hasSize(2);
    assertThat(activeBookings()).isEqualTo(1);
  }

  @Test
  void fiftyRacingForTimesWhoseBuffersOverlapGiveOneBooking() throws Exception {
    // Fifteen minutes kept clear after each meeting: 10:00 and 10:30 cannot both be booked, and 10:30 and 10:00
    // overlap only in the buffer.
    jdbc.update("update event_type set buffer_after = 15 where host_id = (select id from user_account "
        + "where email = ?)", host.email());

    Map<String, Integer> outcomes = race(50, attempt -> attempt % 2 == 0 ? TEN : "2026-03-03T10:30:00Z");

    assertThat(outcomes.get("BOOKED")).isEqualTo(1);
    assertThat(outcomes.keySet()).containsOnly("BOOKED", "CONFLICTS_WITH_BOOKING", "BUFFER_CONFLICT")
        .contains("BUFFER_CONFLICT");
    assertThat(outcomes.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(50);
    assertThat(activeBookings()).isEqualTo(1);
  }

  @Test
  void aDailyLimitHoldsWhenSixteenRaceForDifferentTimes() throws Exception {
    jdbc.update("update event_type set daily_limit = 3 where host_id = (select id from user_account "
        + "where email = ?)", host.email());

    Map<String, Integer> outcomes = race(16, attempt -> "2026-03-03T%02d:%02d:00Z".formatted(9 + attempt / 2,
        attempt % 2 * 30));

    assertThat(outcomes).containsEntry("BOOKED", 3).containsEntry("LIMIT_REACHED", 13).hasSize(2);
    assertThat(activeBookings()).isEqualTo(3);
  }

  /**
   * Two overlapping inserts can deadlock on the exclusion constraint, each waiting for the other's uncommitted
   * row; PostgreSQL fails one of them (40P01). Found by the load driver's contention scenario, where it came as an
   * internal error. Here the cycle is built on purpose: another transaction holds 09:45–10:15 uncommitted, the
   * booking of 10:00 waits for it, then that transaction adds 10:20–10:50, which waits for the booking. The
   * booking, which waited first, is the one PostgreSQL fails; it must be answered like any loser of a race.
   */
  @Test
  void aBookingFailedByADeadlockIsAnsweredAsARefusal() throws Exception {
    Callers.Guest guest = callers.newGuest(Callers.uniqueEmail("deadlock"));
    UUID hostId = jdbc.queryForObject("select id from user_account where email = ?", UUID.class, host.email());
    try (Connection other = dataSource.getConnection()) {
      other.setAutoCommit(false);
      insertBooking(other, hostId, "2026-03-03T09:45:00Z", "2026-03-03T10:15:00Z");
      Map<String, Object> body = Map.of("query", BOOK, "variables", Map.of("input", Map.of("eventTypeId", eventType,
          "start", TEN, "timeZone", "UTC", "guest", Map.of("name", "Guest", "email", guest.email()),
          "idempotencyKey", "d1")));
      // Longer than the client's default of 5 s: the booking waits a second for PostgreSQL to find the deadlock.
      CompletableFuture<Map<?, ?>> booking = CompletableFuture.supplyAsync(() -> web.mutate()
          .responseTimeout(Duration.ofSeconds(30)).build().post().uri("/graphql")
          .header(HttpHeaders.AUTHORIZATION, "Bearer " + guest.token()).contentType(MediaType.APPLICATION_JSON)
          .bodyValue(body).exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody(),
          // Not the common pool: with two cores it has one thread, which the server's own async work needs.
          Executors.newVirtualThreadPerTaskExecutor());
      awaitABookingWaitingForALock();

      insertBooking(other, hostId, "2026-03-03T10:20:00Z", "2026-03-03T10:50:00Z");
      other.commit();

      Map<?, ?> response = booking.get(30, TimeUnit.SECONDS);
      assertThat(response.containsKey("errors")).as("errors in %s", response).isFalse();
      Map<?, ?> payload = (Map<?, ?>) ((Map<?, ?>) response.get("data")).get("bookSlot");
      assertThat(payload.get("booking")).isNull();
      assertThat((List<?>) payload.get("userErrors")).singleElement()
          .satisfies(error -> assertThat(((Map<?, ?>) error).get("code")).isEqualTo("CONFLICTS_WITH_BOOKING"));
    }
  }

  private void insertBooking(Connection connection, UUID hostId, String start, String end) throws Exception {
    try (PreparedStatement insert = connection.prepareStatement("""
        insert into booking (id, host_id, event_type_id, start_at, end_at, buffer_before, buffer_after, blocked,
            status, time_zone, guest_name, guest_email, additional_guests, notes, booked_by, idempotency_key,
            request_fingerprint, created_at, updated_at, version)
        select ?, ?, id, ?::timestamptz, ?::timestamptz, 0, 0, tstzrange(?::timestamptz, ?::timestamptz, '[)'),
            'CONFIRMED', 'UTC', 'Other', 'other@example.com', '{}', '', 'guest:other@example.com', ?, '\\x00',
            now(), now(), 0
        from event_type where host_id = ?""")) {
      UUID id = UUID.randomUUID();
      insert.setObject(1, id);
      insert.setObject(2, hostId);
      insert.setString(3, start);
      insert.setString(4, end);
      insert.setString(5, start);
      insert.setString(6, end);
      insert.setString(7, id.toString());
      insert.setObject(8, hostId);
      assertThat(insert.executeUpdate()).isEqualTo(1);
    }
  }

  private void awaitABookingWaitingForALock() throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (jdbc.queryForObject("select count(*) from pg_stat_activity where wait_event_type = 'Lock' "
        + "and query like 'insert into booking%'", Integer.class) == 0) {
      assertThat(System.nanoTime()).as("a booking waits for the other transaction").isLessThan(deadline);
      Thread.sleep(20);
    }
  }

  @Test
  void cancellingFreesTheTimeAndOnlyTheGuestOrHostMayCancel() {
    Callers.Guest guest = callers.newGuest(Callers.uniqueEmail("cancel"));
    Callers.Guest stranger = callers.newGuest(Callers.uniqueEmail("stranger"));
    String booking = book(guest.tester(), TEN, guest.email(), "c").path("bookSlot.booking.id")
        .entity(String.class).get();

    stranger.tester().documentName("cancelBooking").variable("id", booking).execute()
        .path("cancelBooking.userErrors[0].code").entity(String.class).isEqualTo("NOT_FOUND");
    guest.tester().documentName("cancelBooking").variable("id", booking).variable("reason", "Clash").execute()
        .path("cancelBooking.booking.status").entity(String.class).isEqualTo("CANCELLED");
    host.tester().documentName("cancelBooking").variable("id", booking).execute()
        .path("cancelBooking.booking.status").entity(String.class).isEqualTo("CANCELLED");

    book(stranger.tester(), TEN, stranger.email(), "d").path("bookSlot.booking.status").entity(String.class)
        .isEqualTo("CONFIRMED");
  }

  @Test
  void bookingNeedsATokenForTheGuestsOwnEmail() {
    Callers.Guest guest = callers.newGuest(Callers.uniqueEmail("owner"));

    book(callers.anonymous(), TEN, guest.email(), "e").errors().satisfy(errors ->
        assertThat(errors).singleElement().satisfies(error ->
            assertThat(error.getExtensions()).containsEntry("code", "UNAUTHENTICATED")));
    book(guest.tester(), TEN, "someone-else@example.com", "f")
        .path("bookSlot.userErrors[0].code").entity(String.class).isEqualTo("GUEST_EMAIL_MISMATCH");
  }

  @Test
  void theEnginesReasonsReachTheGuest() {
    Callers.Guest guest = callers.newGuest(Callers.uniqueEmail("reasons"));

    book(guest.tester(), "2026-03-03T10:15:00Z", guest.email(), "g")
        .path("bookSlot.userErrors[0].code").entity(String.class).isEqualTo("NOT_ON_GRID");
    book(guest.tester(), "2026-03-03T20:00:00Z", guest.email(), "h")
        .path("bookSlot.userErrors[0].code").entity(String.class).isEqualTo("OUTSIDE_AVAILABILITY");
    book(guest.tester(), "2026-03-02T05:00:00Z", guest.email(), "i")
        .path("bookSlot.userErrors[0].code").entity(String.class).isEqualTo("TOO_SOON");
  }

  private HttpGraphQlTester.Response book(HttpGraphQlTester client, String start, String email, String key) {
    return client.documentName("bookSlot").variable("input", Map.of("eventTypeId", eventType, "start", start,
        "timeZone", "Europe/Berlin", "guest", Map.of("name", "Grace", "email", email), "idempotencyKey", key))
        .execute();
  }

  private Integer activeBookings() {
    return jdbc.queryForObject("select count(*) from booking where status <> 'CANCELLED' and host_id = "
        + "(select id from user_account where email = ?)", Integer.class, host.email());
  }

  /** Fifty bookings at once by one signed-in booker with fifty keys; the outcome of each, counted. */
  private Map<String, Integer> race(int racers, java.util.function.IntFunction<String> startOf) throws Exception {
    Callers.Host booker = callers.newHost("booker", "UTC");
    ExecutorService pool = Executors.newFixedThreadPool(racers);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<String>> results = new ArrayList<>();
    try {
      for (int i = 0; i < racers; i++) {
        String start = startOf.apply(i);
        String key = "race-" + i;
        Callable<String> racer = () -> {
          go.await();
          Map<String, Object> body = Map.of("query", BOOK, "variables", Map.of("input", Map.of(
              "eventTypeId", eventType, "start", start, "timeZone", "UTC",
              "guest", Map.of("name", "Racer", "email", "racer" + key + "@example.com"), "idempotencyKey", key)));
          Map<?, ?> response = web.post().uri("/graphql")
              .header(HttpHeaders.AUTHORIZATION, "Bearer " + booker.accessToken())
              .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange().expectStatus().isOk()
              .expectBody(Map.class).returnResult().getResponseBody();
          assertThat(response.containsKey("errors")).as("no top-level errors in %s", response).isFalse();
          Map<?, ?> payload = (Map<?, ?>) ((Map<?, ?>) response.get("data")).get("bookSlot");
          List<?> errors = (List<?>) payload.get("userErrors");
          return errors.isEmpty() ? "BOOKED" : (String) ((Map<?, ?>) errors.get(0)).get("code");
        };
        results.add(pool.submit(racer));
      }
      go.countDown();
      Map<String, Integer> outcomes = new HashMap<>();
      for (Future<String> result : results) {
        outcomes.merge(result.get(), 1, Integer::sum);
      }
      return outcomes;
    } finally {
      pool.shutdownNow();
    }
  }

  private static final String BOOK = """
      mutation($input: BookSlotInput!) { bookSlot(input: $input) { booking { id } userErrors { code } } }""";
}
