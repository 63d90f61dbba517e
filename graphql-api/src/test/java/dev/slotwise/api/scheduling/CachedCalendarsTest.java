package dev.slotwise.api.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slotwise.api.support.ApiTest;
import dev.slotwise.api.support.Callers;
import dev.slotwise.api.support.Mailbox;
import dev.slotwise.api.support.SeparateApplication;
import dev.slotwise.api.support.TestClock;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Event types' calendars are kept in memory (CalendarDefinitions) and checked against the host's change counter
 * on every use: a schedule edit shows in the very next slot query and booking, on this instance and on another
 * one that had the old calendar in memory, with no notification to wait for.
 */
@ApiTest
class CachedCalendarsTest {
  private static final Instant MONDAY_MORNING = Instant.parse("2026-03-02T06:00:00Z");
  private static final String TUESDAY = "2026-03-03";

  @Autowired
  private HttpGraphQlTester graphQl;
  @Autowired
  private Mailbox mailbox;
  @Autowired
  private TestClock clock;
  @Autowired
  private EmbeddedPostgres sharedDatabase;
  private Callers callers;
  private Callers.Host host;
  private String eventType;

  @BeforeEach
  void setUp() {
    callers = new Callers(graphQl, mailbox);
    clock.setInstant(MONDAY_MORNING);
    host = callers.newHost("cached", "UTC");
    eventType = callers.firstEventType(host);
  }

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void aScheduleEditShowsInTheNextSlotQuery() {
    assertThat(tuesdayStarts(callers.anonymous())).hasSize(16);

    takeTuesdayOff();

    assertThat(tuesdayStarts(callers.anonymous())).isEmpty();
  }

  @Test
  void anotherInstanceWithTheOldCalendarInMemorySeesTheEditAtOnce() {
    try (ConfigurableApplicationContext other = SeparateApplication.start(
        "--spring.datasource.url=" + sharedDatabase.getJdbcUrl("postgres", "postgres"),
        "--spring.datasource.username=postgres", "--spring.datasource.password=",
        "--slotwise.clock.pinned-at=" + MONDAY_MORNING)) {
      HttpGraphQlTester otherInstance = HttpGraphQlTester.create(WebTestClient.bindToServer()
          .baseUrl("http://localhost:" + other.getEnvironment().getProperty("local.server.port") + "/graphql")
          .build());
      assertThat(tuesdayStarts(otherInstance)).hasSize(16);

      takeTuesdayOff();

      assertThat(tuesdayStarts(otherInstance)).isEmpty();
      Callers.Guest guest = callers.newGuest(Callers.uniqueEmail("cached-guest"));
      otherInstance.mutate().header("Authorization", "Bearer " + guest.token()).build()
          .documentName("bookSlot").variable("input", Map.of("eventTypeId", eventType,
              "start", TUESDAY + "T10:00:00Z", "timeZone", "UTC",
              "guest", Map.of("name", "Cached Guest", "email", guest.email()), "idempotencyKey", "cached-1"))
          .execute().path("bookSlot.booking").valueIsNull()
          .path("bookSlot.userErrors[0].code").entity(String.class).isEqualTo("OUTSIDE_AVAILABILITY");
    }
  }

  private void takeTuesdayOff() {
    String scheduleId = host.tester().documentName("schedules").execute().path("schedules[0].id")
        .entity(String.class).get();
    host.tester().documentName("updateSchedule").variable("input", Map.of("id", scheduleId,
            "dateOverrides", List.of(Map.of("date", TUESDAY, "unavailableAllDay", true))))
        .execute().path("updateSchedule.userErrors").entityList(Object.class).hasSize(0);
  }

  @SuppressWarnings("unchecked")
  private List<String> tuesdayStarts(HttpGraphQlTester tester) {
    List<Map<String, Object>> days = tester.documentName("availableSlots").variable("eventTypeId", eventType)
        .variable("from", TUESDAY).variable("to", TUESDAY).variable("timeZone", "UTC")
        .variable("durationMinutes", null).execute().path("availableSlots.days").entityList(Map.class).get()
        .stream().map(day -> (Map<String, Object>) day).toList();
    return days.isEmpty() ? List.of() : (List<String>) days.get(0).get("starts");
  }
}
