package dev.slotwise.api.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slotwise.api.support.ApiTest;
import dev.slotwise.api.support.Callers;
import dev.slotwise.api.support.Mailbox;
import dev.slotwise.api.support.TestClock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * A new host's defaults, their public profile, and the slots a guest sees, over HTTP. The clock is pinned to
 * Monday 2 March 2026, 06:00 UTC, before each host registers, so the default rules are in force from that date.
 */
@ApiTest
class AvailableSlotsTest {
  private static final Instant MONDAY_MORNING = Instant.parse("2026-03-02T06:00:00Z");

  @Autowired
  private HttpGraphQlTester graphQl;
  @Autowired
  private Mailbox mailbox;
  @Autowired
  private TestClock clock;
  private Callers callers;

  @BeforeEach
  void setUp() {
    callers = new Callers(graphQl, mailbox);
    clock.setInstant(MONDAY_MORNING);
  }

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void aNewHostHasWorkingHoursAndAThirtyMinuteMeetingOnTheirProfile() {
    Callers.Host host = callers.newHost("profile", "Europe/Berlin");

    callers.anonymous().documentName("profile").variable("username", host.username()).execute()
        .path("profile.username").entity(String.class).isEqualTo(host.username())
        .path("profile.timeZone").entity(String.class).isEqualTo("Europe/Berlin")
        .path("profile.eventTypes[*].slug").entityList(String.class).containsExactly("30min")
        .path("profile.eventTypes[0].title").entity(String.class).isEqualTo("30 minute meeting")
        .path("profile.eventTypes[0].durations[0].minutes").entity(Integer.class).isEqualTo(30);
  }

  @Test
  void anUnknownUsernameHasNoProfile() {
    callers.anonymous().documentName("profile").variable("username", "nobody-" + System.nanoTime()).execute()
        .path("profile").valueIsNull();
  }

  @Test
  void aGuestSeesTheDefaultsSlotsInTheirOwnZone() {
    String eventType = callers.firstEventType(callers.newHost("slots", "Europe/Berlin"));

    // Berlin 09:00–17:00 (UTC+1) is 03:00–11:00 in New York (UTC−5), on the same dates.
    Map<String, Object> slots = slots(eventType, "2026-03-02", "2026-03-03", "America/New_York", null);

    assertThat(slots).containsEntry("durationMinutes", 30).containsEntry("timeZone", "America/New_York");
    List<Map<String, Object>> days = days(slots);
    assertThat(days).extracting(day -> day.get("date")).containsExactly("2026-03-02", "2026-03-03");
    assertThat(starts(days.get(0))).hasSize(16).startsWith("2026-03-02T08:00:00Z").endsWith("2026-03-02T15:30:00Z");
  }

  @Test
  void aGuestFarEastSeesOneHostDaySplitAcrossTwoDates() {
    String eventType = callers.firstEventType(callers.newHost("tokyo", "Europe/Berlin"));

    // Berlin 09:00 is Tokyo 17:00; Berlin 16:30 is Tokyo 00:30 the next day.
    List<Map<String, Object>> days = days(slots(eventType, "2026-03-03", "2026-03-03", "Asia/Tokyo", null));

    assertThat(days).singleElement().satisfies(day -> assertThat(starts(day))
        .startsWith("2026-03-02T15:00:00Z", "2026-03-02T15:30:00Z", "2026-03-03T08:00:00Z")
        .endsWith("2026-03-03T14:30:00Z").hasSize(2 + 14));
  }

  @Test
  void slotsFollowTheHostsClocksAcrossTheUsDstChange() {
    String eventType = callers.firstEventType(callers.newHost("dst", "America/New_York"));

    // 09:00 in New York is 14:00Z on Friday 6 March (EST) and 13:00Z on Monday 9 March (EDT).
    List<Map<String, Object>> days = days(slots(eventType, "2026-03-06", "2026-03-09", "UTC", null));

    assertThat(days).extracting(day -> day.get("date")).containsExactly("2026-03-06", "2026-03-09");
    assertThat(starts(days.get(0))).first().isEqualTo("2026-03-06T14:00:00Z");
    assertThat(starts(days.get(1))).first().isEqualTo("2026-03-09T13:00:00Z");
  }

  @Test
  void theClockHidesWhatHasPassed() {
    String eventType = callers.firstEventType(callers.newHost("passed", "UTC"));
    clock.setInstant(Instant.parse("2026-03-02T12:10:00Z"));

    assertThat(starts(days(slots(eventType, "2026-03-02", "2026-03-02", "UTC", null)).get(0)))
        .first().isEqualTo("2026-03-02T12:30:00Z");
  }

  @Test
  void badArgumentsAreClassifiedErrorsNamingTheField() {
    String eventType = callers.firstEventType(callers.newHost("bad", "UTC"));

    assertError(request(eventType, "2026-03-02", "2026-03-02", "Mars/Olympus", null), "BAD_REQUEST", "timeZone");
    assertError(request(eventType, "2026-03-02", "2026-06-30", "UTC", null), "BAD_REQUEST", "to");
    assertError(request(eventType, "2026-03-05", "2026-03-02", "UTC", null), "BAD_REQUEST", "to");
    assertError(request(eventType, "2026-03-02", "2026-03-02", "UTC", 45), "BAD_REQUEST", "durationMinutes");
    assertError(request("bm90LWFuLWlk", "2026-03-02", "2026-03-02", "UTC", null), "NOT_FOUND", null);
  }

  private void assertError(HttpGraphQlTester.Response response, String code, String field) {
    response.errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
      assertThat(error.getExtensions()).containsEntry("code", code);
      if (field != null) {
        assertThat(error.getExtensions()).containsEntry("field", field);
      }
    }));
  }

  private HttpGraphQlTester.Response request(String eventType, String from, String to, String zone,
      Integer duration) {
    return callers.anonymous().documentName("availableSlots").variable("eventTypeId", eventType)
        .variable("from", from).variable("to", to).variable("timeZone", zone).variable("durationMinutes", duration)
        .execute();
  }

  private Map<String, Object> slots(String eventType, String from, String to, String zone, Integer duration) {
    return request(eventType, from, to, zone, duration).path("availableSlots").entity(MAP).get();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> days(Map<String, Object> slots) {
    return (List<Map<String, Object>>) slots.get("days");
  }

  /** The day's starts as ISO instants; the server writes them with milliseconds, which say nothing here. */
  @SuppressWarnings("unchecked")
  private static List<String> starts(Map<String, Object> day) {
    return ((List<String>) day.get("starts")).stream().map(start -> Instant.parse(start).toString()).toList();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static final Class<Map<String, Object>> MAP = (Class) Map.class;
}
