package dev.slotwise.api.scheduling;

import static dev.slotwise.api.scheduling.ScheduleTestHosts.MAP;
import static dev.slotwise.api.scheduling.ScheduleTestHosts.createEventType;
import static dev.slotwise.api.scheduling.ScheduleTestHosts.createSchedule;
import static dev.slotwise.api.scheduling.ScheduleTestHosts.eventTypeInput;
import static dev.slotwise.api.scheduling.ScheduleTestHosts.eventTypes;
import static dev.slotwise.api.scheduling.ScheduleTestHosts.rule;
import static dev.slotwise.api.scheduling.ScheduleTestHosts.scheduleInput;
import static dev.slotwise.api.scheduling.ScheduleTestHosts.uniqueSlug;
import static dev.slotwise.api.scheduling.ScheduleTestHosts.weekdays;
import static dev.slotwise.api.scheduling.ScheduleTestHosts.with;
import static org.assertj.core.api.Assertions.assertThat;

import dev.slotwise.api.platform.GlobalId;
import dev.slotwise.api.support.ApiTest;
import dev.slotwise.api.support.Callers;
import dev.slotwise.api.support.Mailbox;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;

/** Making, listing, changing and deleting event types over HTTP; slugs, schedules and who may touch what. */
@ApiTest
class EventTypeMutationTest {
  @Autowired
  private HttpGraphQlTester graphQl;
  @Autowired
  private Mailbox mailbox;
  @Autowired
  private JdbcTemplate jdbc;
  private ScheduleTestHosts hosts;

  @BeforeEach
  void setUp() {
    hosts = new ScheduleTestHosts(graphQl, mailbox, jdbc);
  }

  @Test
  void whatIsLeftOutTakesTheSchemasDefaults() {
    HttpGraphQlTester host = hosts.blankHost("defaults", "UTC").tester();
    String slug = uniqueSlug("intro");

    Map<String, Object> eventType = host.documentName("createEventType").variable("input", eventTypeInput(slug))
        .execute()
        .path("createEventType.userErrors").entityList(Object.class).hasSize(0)
        .path("createEventType.eventType").entity(MAP).get();

    assertThat(eventType).containsEntry("title", "Meeting " + slug).containsEntry("slug", slug)
        .containsEntry("description", "").containsEntry("defaultDurationMinutes", 30)
        .containsEntry("slotIntervalMinutes", 30).containsEntry("bufferBeforeMinutes", 0)
        .containsEntry("bufferAfterMinutes", 0).containsEntry("minimumNoticeMinutes", 0)
        .containsEntry("dailyLimit", null).containsEntry("weeklyLimit", null).containsEntry("maxExtraGuests", 0)
        .containsEntry("requiresConfirmation", false).containsEntry("locationKind", "VIDEO")
        .containsEntry("active", true).containsEntry("schedule", null);
    assertThat(eventType.get("durations")).isEqualTo(List.of(durationWithoutPrice(30)));
    assertThat(eventType.get("bookingWindow")).isEqualTo(window(60, null, null));
    assertThat(eventTypes(host)).singleElement().satisfies(listed -> assertThat(listed).isEqualTo(
        with(eventType, "schedule", null)));
  }

  @Test
  void everyFieldIsStoredAndReadBack() {
    HttpGraphQlTester host = hosts.blankHost("everything", "UTC").tester();
    createSchedule(host, scheduleInput("Default", "UTC", weekdays()));
    String evenings = createSchedule(host, scheduleInput("Evenings", "UTC", List.of(rule("TUESDAY", "18:00",
        "22:00"))));
    String slug = uniqueSlug("consult");
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("title", "  Consultation ");
    input.put("slug", slug);
    input.put("description", "Bring your questions.");
    input.put("durations", List.of(Map.of("minutes", 30, "price", Map.of("amount", "49", "currency", "EUR")),
        Map.of("minutes", 60, "price", Map.of("amount", "89.5", "currency", "eur")), Map.of("minutes", 90)));
    input.put("defaultDurationMinutes", 60);
    input.put("slotIntervalMinutes", 15);
    input.put("bufferBeforeMinutes", 5);
    input.put("bufferAfterMinutes", 10);
    input.put("minimumNoticeMinutes", 240);
    input.put("bookingWindow", Map.of("from", "2026-12-01", "until", "2026-12-31"));
    input.put("dailyLimit", 3);
    input.put("weeklyLimit", 10);
    input.put("scheduleId", evenings);
    input.put("maxExtraGuests", 50);
    input.put("requiresConfirmation", true);
    input.put("locationKind", "IN_PERSON");
    input.put("active", false);

    Map<String, Object> created = host.documentName("createEventType").variable("input", input).execute()
        .path("createEventType.userErrors").entityList(Object.class).hasSize(0)
        .path("createEventType.eventType").entity(MAP).get();

    assertThat(created).containsEntry("title", "Consultation").containsEntry("slug", slug)
        .containsEntry("description", "Bring your questions.").containsEntry("defaultDurationMinutes", 60)
        .containsEntry("slotIntervalMinutes", 15).containsEntry("bufferBeforeMinutes", 5)
        .containsEntry("bufferAfterMinutes", 10).containsEntry("minimumNoticeMinutes", 240)
        .containsEntry("dailyLimit", 3).containsEntry("weeklyLimit", 10).containsEntry("maxExtraGuests", 50)
        .containsEntry("requiresConfirmation", true).containsEntry("locationKind", "IN_PERSON")
        .containsEntry("active", false).containsEntry("schedule", Map.of("id", evenings, "name", "Evenings"));
    assertThat(created.get("durations")).isEqualTo(List.of(
        Map.of("minutes", 30, "price", Map.of("amount", "49.00", "currency", "EUR")),
        Map.of("minutes", 60, "price", Map.of("amount", "89.50", "currency", "EUR")),
        durationWithoutPrice(90)));
    assertThat(created.get("bookingWindow")).isEqualTo(window(null, "2026-12-01", "2026-12-31"));
    // Read back from the database, it is the same.
    assertThat(eventTypes(host)).singleElement().satisfies(listed -> {
      assertThat(with(listed, "schedule", null)).isEqualTo(with(created, "schedule", null));
      assertThat(listed.get("schedule")).isEqualTo(Map.of("id", evenings, "name", "Evenings", "isDefault", false));
    });
  }

  @Test
  void anUpdateChangesWhatIsGivenAndANullClearsLimitsAndTheSchedule() {
    HttpGraphQlTester host = hosts.blankHost("change", "UTC").tester();
    createSchedule(host, scheduleInput("Default", "UTC", weekdays()));
    String evenings = createSchedule(host, scheduleInput("Evenings", "UTC", List.of()));
    Map<String, Object> input = eventTypeInput(uniqueSlug("change"));
    input.put("durations", List.of(Map.of("minutes", 30), Map.of("minutes", 45)));
    input.put("defaultDurationMinutes", 45);
    input.put("dailyLimit", 2);
    input.put("weeklyLimit", 5);
    input.put("scheduleId", evenings);
    String id = createEventType(host, input);

    // Left out: everything stays.
    Map<String, Object> renamed = update(host, Map.of("id", id, "title", "Renamed"));
    assertThat(renamed).containsEntry("title", "Renamed").containsEntry("defaultDurationMinutes", 45)
        .containsEntry("dailyLimit", 2).containsEntry("weeklyLimit", 5)
        .containsEntry("schedule", Map.of("id", evenings, "name", "Evenings"));

    // An explicit null: no daily limit, and the host's default schedule.
    Map<String, Object> cleared = new HashMap<>(Map.of("id", id));
    cleared.put("dailyLimit", null);
    cleared.put("scheduleId", null);
    assertThat(update(host, cleared)).containsEntry("dailyLimit", null).containsEntry("weeklyLimit", 5)
        .containsEntry("schedule", null).containsEntry("title", "Renamed");

    // New durations without the old default: the first becomes the default.
    Map<String, Object> shorter = update(host, Map.of("id", id, "durations", List.of(Map.of("minutes", 15),
        Map.of("minutes", 20))));
    assertThat(shorter).containsEntry("defaultDurationMinutes", 15).containsEntry("slotIntervalMinutes", 45);
    assertThat(shorter.get("durations")).isEqualTo(List.of(durationWithoutPrice(15), durationWithoutPrice(20)));

    // A new window replaces the old one whole.
    assertThat(update(host, Map.of("id", id, "bookingWindow", Map.of("rollingDays", 14))).get("bookingWindow"))
        .isEqualTo(window(14, null, null));
  }

  @Test
  void slugsAreUniqueAmongAHostsEventTypesOnly() {
    HttpGraphQlTester host = hosts.blankHost("slugs", "UTC").tester();
    String slug = uniqueSlug("intro");
    String first = createEventType(host, eventTypeInput(slug));
    String second = createEventType(host, with(eventTypeInput(uniqueSlug("other")), "active", false));

    host.documentName("createEventType").variable("input", with(eventTypeInput(slug), "active", false)).execute()
        .path("createEventType.eventType").valueIsNull()
        .path("createEventType.userErrors[0].code").entity(String.class).isEqualTo("SLUG_TAKEN")
        .path("createEventType.userErrors[0].field").entityList(String.class).containsExactly("input", "slug");
    host.documentName("updateEventType").variable("input", Map.of("id", second, "slug", slug)).execute()
        .path("updateEventType.eventType").valueIsNull()
        .path("updateEventType.userErrors[0].code").entity(String.class).isEqualTo("SLUG_TAKEN");
    // Keeping one's own slug is no clash.
    update(host, Map.of("id", first, "slug", slug, "title", "Same slug"));
    // Another host may use the same slug.
    createEventType(hosts.blankHost("slugs-2", "UTC").tester(), eventTypeInput(slug));

    assertThat(eventTypes(host)).extracting(e -> e.get("slug")).doesNotHaveDuplicates().hasSize(2);
  }

  @Test
  void aDeletedEventTypeIsGone() {
    HttpGraphQlTester host = hosts.blankHost("delete", "UTC").tester();
    String id = createEventType(host, eventTypeInput(uniqueSlug("gone")));

    host.documentName("deleteEventType").variable("id", id).execute()
        .path("deleteEventType.userErrors").entityList(Object.class).hasSize(0)
        .path("deleteEventType.deletedId").entity(String.class).isEqualTo(id);

    assertThat(eventTypes(host)).isEmpty();
    host.documentName("deleteEventType").variable("id", id).execute()
        .path("deleteEventType.deletedId").valueIsNull()
        .path("deleteEventType.userErrors[0].code").entity(String.class).isEqualTo("NOT_FOUND");
  }

  @Test
  void anotherHostsEventTypesAndSchedulesAreNotFound() {
    HttpGraphQlTester owner = hosts.blankHost("et-owner", "UTC").tester();
    createSchedule(owner, scheduleInput("Default", "UTC", weekdays()));
    String ownersSchedule = createSchedule(owner, scheduleInput("Private", "UTC", weekdays()));
    String ownersEventType = createEventType(owner, eventTypeInput(uniqueSlug("private")));
    HttpGraphQlTester intruder = hosts.blankHost("et-intrude", "UTC").tester();
    String intrudersEventType = createEventType(intruder, with(eventTypeInput(uniqueSlug("mine")), "active",
        false));

    for (String id : List.of(ownersEventType, GlobalId.encode("EventType", UUID.randomUUID()), ownersSchedule,
        "not-an-id")) {
      intruder.documentName("updateEventType").variable("input", Map.of("id", id, "title", "Mine now")).execute()
          .path("updateEventType.eventType").valueIsNull()
          .path("updateEventType.userErrors[0].code").entity(String.class).isEqualTo("NOT_FOUND")
          .path("updateEventType.userErrors[0].field").entityList(String.class).containsExactly("input", "id")
          .path("updateEventType.userErrors[0].message").entity(String.class)
          .isEqualTo("You have no event type with this ID");
      intruder.documentName("deleteEventType").variable("id", id).execute()
          .path("deleteEventType.deletedId").valueIsNull()
          .path("deleteEventType.userErrors[0].code").entity(String.class).isEqualTo("NOT_FOUND");
    }
    // Another host's schedule cannot be used either, and is answered like one that does not exist.
    for (String scheduleId : List.of(ownersSchedule, GlobalId.encode("Schedule", UUID.randomUUID()),
        ownersEventType, "not-an-id")) {
      intruder.documentName("createEventType").variable("input", with(with(eventTypeInput(uniqueSlug("x")),
              "scheduleId", scheduleId), "active", false))
          .execute()
          .path("createEventType.eventType").valueIsNull()
          .path("createEventType.userErrors[0].code").entity(String.class).isEqualTo("NOT_FOUND")
          .path("createEventType.userErrors[0].field").entityList(String.class)
          .containsExactly("input", "scheduleId");
      intruder.documentName("updateEventType").variable("input", Map.of("id", intrudersEventType,
              "scheduleId", scheduleId))
          .execute()
          .path("updateEventType.userErrors[0].code").entity(String.class).isEqualTo("NOT_FOUND");
    }

    assertThat(eventTypes(owner)).singleElement().satisfies(e -> assertThat(e.get("title"))
        .isNotEqualTo("Mine now"));
    assertThat(eventTypes(intruder)).extracting(e -> e.get("id")).containsExactly(intrudersEventType);
  }

  @Test
  void schedulesOfAPageOfEventTypesResolveAndStayPrivateOnTheProfile() {
    Callers.Host owner = hosts.paid(hosts.blankHost("batch", "UTC"));
    createSchedule(owner.tester(), scheduleInput("Default", "UTC", weekdays()));
    List<String> scheduleIds = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      scheduleIds.add(createSchedule(owner.tester(), scheduleInput("Own " + i, "UTC", weekdays())));
    }
    for (int i = 0; i < 6; i++) {
      Map<String, Object> input = eventTypeInput(uniqueSlug("batch" + i));
      if (i < 5) {
        input.put("scheduleId", scheduleIds.get(i % 3));
      }
      createEventType(owner.tester(), input);
    }

    assertThat(eventTypes(owner.tester())).extracting(e -> e.get("schedule") == null ? null
            : (Object) ((Map<?, ?>) e.get("schedule")).get("name"))
        .containsExactly("Own 0", "Own 1", "Own 2", "Own 0", "Own 1", null);
    // The public profile shows the event types, never the rules of the host's schedules.
    for (HttpGraphQlTester reader : List.of(hosts.callers().anonymous(),
        hosts.host("reader", "UTC").tester())) {
      assertThat(reader.documentName("profileWithSchedules").variable("username", owner.username()).execute()
          .path("profile.eventTypes").entityList(MAP).get())
          .hasSize(6).allSatisfy(e -> assertThat(e.get("schedule")).isNull());
    }
  }

  private static Map<String, Object> update(HttpGraphQlTester host, Map<String, Object> input) {
    return host.documentName("updateEventType").variable("input", input).execute()
        .path("updateEventType.userErrors").entityList(Object.class).hasSize(0)
        .path("updateEventType.eventType").entity(MAP).get();
  }

  private static Map<String, Object> durationWithoutPrice(int minutes) {
    Map<String, Object> duration = new HashMap<>();
    duration.put("minutes", minutes);
    duration.put("price", null);
    return duration;
  }

  private static Map<String, Object> window(Integer rollingDays, String from, String until) {
    Map<String, Object> window = new HashMap<>();
    window.put("rollingDays", rollingDays);
    window.put("from", from);
    window.put("until", until);
    return window;
  }
}
