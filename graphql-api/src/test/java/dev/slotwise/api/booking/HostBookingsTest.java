package dev.slotwise.api.booking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slotwise.api.support.ApiTest;
import dev.slotwise.api.support.Callers;
import dev.slotwise.api.support.Mailbox;
import dev.slotwise.api.support.SeparateApplication;
import dev.slotwise.api.support.StatementCounter;
import dev.slotwise.api.support.TestClock;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A host's own bookings over HTTP, as a Relay connection: pages follow one another by cursor without gaps or
 * repeats, filters narrow the list, nobody sees another host's bookings, and the relations of a whole page cost a
 * fixed number of SQL statements. The clock is Monday 2 March 2026, 06:00 UTC, while bookings are made; hosts work
 * 09:00–17:00 UTC on weekdays (their defaults), in 30-minute meetings.
 */
@ApiTest
class HostBookingsTest {
  private static final Instant MONDAY_MORNING = Instant.parse("2026-03-02T06:00:00Z");

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
  private Callers callers;
  private Callers.Host host;
  private Callers.Host booker;
  private final Map<String, String> eventTypes = new HashMap<>();

  @BeforeEach
  void setUp() {
    callers = new Callers(graphQl, mailbox);
    clock.setInstant(MONDAY_MORNING);
    host = callers.newHost("listed", "UTC");
    booker = callers.newHost("booker", "UTC");
  }

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void pagesFollowOneAnotherByCursorWithoutGapsOrRepeats() {
    for (String start : List.of("2026-03-05T09:00:00Z", "2026-03-03T10:00:00Z", "2026-03-04T09:30:00Z",
        "2026-03-03T09:00:00Z", "2026-03-06T16:30:00Z", "2026-03-04T09:00:00Z", "2026-03-03T16:00:00Z")) {
      book(host, start);
    }
    // A cancelled booking and the one that took its time start at the same instant: the id breaks the tie.
    cancel(bookingAt(host, "2026-03-03T10:00:00Z"));
    book(host, "2026-03-03T10:00:00Z");

    Page all = page(host.tester(), 100, null, null);

    assertThat(all.starts()).containsExactly("2026-03-03T09:00:00Z", "2026-03-03T10:00:00Z", "2026-03-03T10:00:00Z",
        "2026-03-03T16:00:00Z", "2026-03-04T09:00:00Z", "2026-03-04T09:30:00Z", "2026-03-05T09:00:00Z",
        "2026-03-06T16:30:00Z");
    assertThat(all.pageInfo()).containsEntry("hasNextPage", false).containsEntry("hasPreviousPage", false);
    assertThat(walk(3)).containsExactlyElementsOf(all.ids());
    assertThat(walk(1)).containsExactlyElementsOf(all.ids());
  }

  @Test
  void aBookingMadeBetweenTwoPagesShiftsNeitherOfThem() {
    for (String start : List.of("2026-03-03T10:00:00Z", "2026-03-03T11:00:00Z", "2026-03-03T12:00:00Z",
        "2026-03-03T13:00:00Z")) {
      book(host, start);
    }
    Page first = page(host.tester(), 2, null, null);

    book(host, "2026-03-03T09:00:00Z");

    // With an offset, the second page would begin with 11:00 again.
    assertThat(page(host.tester(), 2, (String) first.pageInfo().get("endCursor"), null).starts())
        .containsExactly("2026-03-03T12:00:00Z", "2026-03-03T13:00:00Z");
  }

  @Test
  void filtersNarrowByStatusAndByStart() {
    book(host, "2026-03-03T10:00:00Z");
    cancel(book(host, "2026-03-04T10:00:00Z"));
    book(host, "2026-03-05T10:00:00Z");

    assertThat(starts(Map.of("status", List.of("CANCELLED")))).containsExactly("2026-03-04T10:00:00Z");
    assertThat(starts(Map.of("status", List.of("CONFIRMED"))))
        .containsExactly("2026-03-03T10:00:00Z", "2026-03-05T10:00:00Z");
    assertThat(starts(Map.of("status", List.of("PENDING", "AWAITING_PAYMENT")))).isEmpty();
    assertThat(starts(Map.of("status", List.of()))).hasSize(3);
    assertThat(starts(Map.of("from", "2026-03-04T10:00:00Z")))
        .containsExactly("2026-03-04T10:00:00Z", "2026-03-05T10:00:00Z");
    assertThat(starts(Map.of("to", "2026-03-05T10:00:00Z")))
        .containsExactly("2026-03-03T10:00:00Z", "2026-03-04T10:00:00Z");
    assertThat(starts(Map.of("from", "2026-03-03T11:00:00+01:00", "to", "2026-03-06T00:00:00Z",
        "status", List.of("CONFIRMED")))).containsExactly("2026-03-03T10:00:00Z", "2026-03-05T10:00:00Z");
    assertError(request(host.tester(), 10, null, Map.of("from", "2026-03-05T00:00:00Z",
        "to", "2026-03-04T00:00:00Z")), "BAD_REQUEST", "to");
  }

  @Test
  void eachHostSeesOnlyTheirOwnBookings() {
    Callers.Host other = callers.newHost("other", "UTC");
    String mine = book(host, "2026-03-03T10:00:00Z");
    String theirs = book(other, "2026-03-03T10:00:00Z");

    assertThat(page(host.tester(), 10, null, null).ids()).containsExactly(mine);
    assertThat(page(other.tester(), 10, null, null).ids()).containsExactly(theirs);
    // The booker made both, but hosts neither: the list is the bookings of one's own time.
    Page none = page(booker.tester(), 10, null, null);
    assertThat(none.ids()).isEmpty();
    assertThat(none.pageInfo()).containsEntry("hasNextPage", false).containsEntry("endCursor", null);
  }

  @Test
  void hostsAndAdministratorsListTheirOwnAndNobodyElseMay() {
    Callers.Host admin = callers.newHost("admin", "UTC");
    jdbc.update("update user_account set role = 'ADMIN' where email = ?", admin.email());
    book(host, "2026-03-03T10:00:00Z");
    String adminsOwn = book(admin, "2026-03-03T11:00:00Z");

    assertError(request(callers.anonymous(), 10, null, null), "UNAUTHENTICATED", null);
    assertError(request(callers.newGuest(Callers.uniqueEmail("guest")).tester(), 10, null, null), "FORBIDDEN",
        null);
    assertThat(page(host.tester(), 10, null, null).ids()).hasSize(1);
    assertThat(page(admin.tester(), 10, null, null).ids()).containsExactly(adminsOwn);
  }

  @Test
  void firstIsOneToAHundredAndAfterMustBeACursorOfTheList() {
    book(host, "2026-03-03T10:00:00Z");

    for (int first : new int[] {0, -1, 101}) {
      assertError(request(host.tester(), first, null, null), "BAD_REQUEST", "first");
    }
    assertThat(page(host.tester(), 1, null, null).ids()).hasSize(1);
    assertThat(page(host.tester(), 100, null, null).ids()).hasSize(1);
    // Offsets are never taken, not even in the cursor strategy's own format for them.
    String offset = Base64.getEncoder().encodeToString("O_0".getBytes(StandardCharsets.UTF_8));
    for (String after : List.of("not-a-cursor", offset, "")) {
      assertError(request(host.tester(), 10, after, null), "BAD_REQUEST", "after");
    }
  }

  @Test
  void bookingsShowTheirEventTypeAndHostAndOutliveADeletedEventType() {
    String eventType = defaultEventType(host);
    booker.tester().documentName("bookSlotWithRelations").variable("input", input(eventType, "2026-03-03T10:00:00Z"))
        .execute()
        .path("bookSlot.booking.eventType.id").entity(String.class).isEqualTo(eventType)
        .path("bookSlot.booking.host.id").entity(String.class).isEqualTo(host.userId());

    Map<String, Object> node = page(host.tester(), 10, null, null).nodes().getFirst();
    assertThat(node.get("eventType")).isEqualTo(Map.of("id", eventType, "title", "30 minute meeting"));
    assertThat(node.get("host")).isEqualTo(Map.of("id", host.userId(), "name", "Host listed",
        "username", host.username(), "timeZone", "UTC"));

    jdbc.update("delete from event_type where host_id = (select id from user_account where email = ?)",
        host.email());

    Map<String, Object> afterDeletion = page(host.tester(), 10, null, null).nodes().getFirst();
    assertThat(afterDeletion.get("eventType")).isNull();
    assertThat(afterDeletion.get("host")).isEqualTo(node.get("host"));
  }

  @Test
  void aPageOfFiftyCostsAsManyStatementsAsAPageOfFive() {
    int booked = 0;
    for (LocalDate day = LocalDate.of(2026, 3, 3); booked < 50; day = day.plusDays(1)) {
      for (LocalTime start = LocalTime.of(9, 0); booked < 50 && start.isBefore(LocalTime.of(17, 0));
          start = start.plusMinutes(30), booked++) {
        book(host, day.atTime(start).toInstant(ZoneOffset.UTC).toString());
      }
    }
    // The other instance runs on the real clock: sign in again on it, so that the token is valid there.
    clock.reset();
    String token = callers.anonymous().documentName("login").variable("email", host.email())
        .variable("password", Callers.PASSWORD).execute().path("login.session.accessToken").entity(String.class)
        .get();

    // The shared application must not be configured differently, so the counting runs on another instance of it,
    // on the same database, whose DataSource StatementCounter wraps.
    try (ConfigurableApplicationContext counted = SeparateApplication.start(
        "--spring.main.sources=" + StatementCounter.class.getName(),
        "--spring.datasource.url=" + sharedDatabase.getJdbcUrl("postgres", "postgres"),
        "--spring.datasource.username=postgres", "--spring.datasource.password=")) {
      HttpGraphQlTester client = HttpGraphQlTester.builder(WebTestClient.bindToServer()
              .baseUrl("http://localhost:" + counted.getEnvironment().getProperty("local.server.port") + "/graphql"))
          .header("Authorization", "Bearer " + token).build();
      StatementCounter counter = counted.getBean(StatementCounter.class);
      assertThat(page(client, 5, null, null).ids()).hasSize(5);

      long five = counter.during(() -> assertThat(page(client, 5, null, null).nodes()).hasSize(5)
          .allSatisfy(node -> assertThat(node).containsKeys("eventType", "host")));
      long fifty = counter.during(() -> assertThat(page(client, 50, null, null).nodes()).hasSize(50)
          .allSatisfy(node -> assertThat(node.get("host")).isNotNull()));

      assertThat(fifty).as("statements for a page of 50 and of 5").isEqualTo(five).isPositive();
    }
  }

  /** One page of the connection. */
  record Page(List<Map<String, Object>> nodes, List<String> cursors, Map<String, Object> pageInfo) {
    List<String> ids() {
      return nodes.stream().map(node -> (String) node.get("id")).toList();
    }

    List<String> starts() {
      return nodes.stream().map(node -> Instant.parse((String) node.get("start")).toString()).toList();
    }
  }

  /** The host's bookings' ids, read a page of {@code first} at a time from the first page to the last. */
  private List<String> walk(int first) {
    List<String> ids = new ArrayList<>();
    String after = null;
    for (int pages = 0; pages < 20; pages++) {
      Page page = page(host.tester(), first, after, null);
      assertThat(page.nodes()).hasSizeLessThanOrEqualTo(first);
      assertThat(page.pageInfo()).containsEntry("hasPreviousPage", false);
      ids.addAll(page.ids());
      if (!(Boolean) page.pageInfo().get("hasNextPage")) {
        return ids;
      }
      assertThat(page.nodes()).hasSize(first);
      assertThat(page.pageInfo().get("endCursor")).isEqualTo(page.cursors().getLast());
      after = (String) page.pageInfo().get("endCursor");
    }
    throw new AssertionError("The list did not end within 20 pages of " + first + ": " + ids);
  }

  private List<String> starts(Map<String, Object> filter) {
    return page(host.tester(), 100, null, filter).starts();
  }

  @SuppressWarnings("unchecked")
  private Page page(HttpGraphQlTester client, int first, String after, Map<String, Object> filter) {
    Map<String, Object> connection = request(client, first, after, filter).path("bookings").entity(MAP).get();
    List<Map<String, Object>> edges = (List<Map<String, Object>>) connection.get("edges");
    return new Page(edges.stream().map(edge -> (Map<String, Object>) edge.get("node")).toList(),
        edges.stream().map(edge -> (String) edge.get("cursor")).toList(),
        (Map<String, Object>) connection.get("pageInfo"));
  }

  private GraphQlTester.Response request(HttpGraphQlTester client, int first, String after,
      Map<String, Object> filter) {
    return client.documentName("bookings").variable("first", first).variable("after", after)
        .variable("filter", filter).execute();
  }

  private void assertError(GraphQlTester.Response response, String code, String field) {
    response.errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
      assertThat(error.getExtensions()).containsEntry("code", code);
      if (field != null) {
        assertThat(error.getExtensions()).containsEntry("field", field);
      }
    }));
  }

  /** Books the host's default event type at a start, as the signed-in booker; the booking's id. */
  private String book(Callers.Host of, String start) {
    return booker.tester().documentName("bookSlot").variable("input", input(defaultEventType(of), start)).execute()
        .path("bookSlot.userErrors").entityList(Object.class).hasSize(0)
        .path("bookSlot.booking.id").entity(String.class).get();
  }

  private Map<String, Object> input(String eventType, String start) {
    Map<String, Object> input = new HashMap<>(Map.of("eventTypeId", eventType, "start", start, "timeZone", "UTC",
        "guest", Map.of("name", "Grace", "email", "grace@example.com")));
    input.put("idempotencyKey", UUID.randomUUID().toString());
    return input;
  }

  private void cancel(String booking) {
    host.tester().documentName("cancelBooking").variable("id", booking).execute()
        .path("cancelBooking.booking.status").entity(String.class).isEqualTo("CANCELLED");
  }

  private String bookingAt(Callers.Host of, String start) {
    return page(of.tester(), 100, null, Map.of("from", start, "to", Instant.parse(start).plusSeconds(1).toString()))
        .ids().getFirst();
  }

  private String defaultEventType(Callers.Host of) {
    return eventTypes.computeIfAbsent(of.username(), username -> callers.firstEventType(of));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static final Class<Map<String, Object>> MAP = (Class) Map.class;
}
