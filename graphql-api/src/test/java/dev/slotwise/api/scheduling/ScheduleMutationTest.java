package dev.slotwise.api.scheduling;

import static dev.slotwise.api.scheduling.ScheduleTestHosts.createEventType;
import static dev.slotwise.api.scheduling.ScheduleTestHosts.createSchedule;
import static dev.slotwise.api.scheduling.ScheduleTestHosts.eventTypeInput;
import static dev.slotwise.api.scheduling.ScheduleTestHosts.eventTypes;
import static dev.slotwise.api.scheduling.ScheduleTestHosts.rule;
import static dev.slotwise.api.scheduling.ScheduleTestHosts.scheduleInput;
import static dev.slotwise.api.scheduling.ScheduleTestHosts.schedules;
import static dev.slotwise.api.scheduling.ScheduleTestHosts.uniqueSlug;
import static dev.slotwise.api.scheduling.ScheduleTestHosts.weekdays;
import static dev.slotwise.api.scheduling.ScheduleTestHosts.with;
import static org.assertj.core.api.Assertions.assertThat;

import dev.slotwise.api.platform.GlobalId;
import dev.slotwise.api.support.ApiTest;
import dev.slotwise.api.support.Callers;
import dev.slotwise.api.support.Mailbox;
import dev.slotwise.api.support.TestClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;

/** Making, listing, changing and deleting schedules over HTTP, and the rules of the default schedule. */
@ApiTest
class ScheduleMutationTest {
  @Autowired
  private HttpGraphQlTester graphQl;
  @Autowired
  private Mailbox mailbox;
  @Autowired
  private JdbcTemplate jdbc;
  @Autowired
  private TestClock clock;
  private ScheduleTestHosts hosts;

  @BeforeEach
  void setUp() {
    hosts = new ScheduleTestHosts(graphQl, mailbox, jdbc);
  }

  @Test
  void theFirstScheduleIsTheDefaultAndRulesWithoutDatesRunAYearFromTodayInTheSchedulesZone() {
    // 23:30 on Sunday in UTC is already Monday in Berlin: "today" is the schedule's today. The clock is set
    // before the host signs in, since tokens are not valid before they were issued.
    clock.setInstant(Instant.parse("2026-03-08T23:30:00Z"));
    HttpGraphQlTester host = hosts.blankHost("first", "UTC").tester();
    List<Map<String, Object>> rules = List.of(rule("MONDAY", "09:00", "17:00"),
        with(with(with(rule("FRIDAY", "22:00", "24:00"), "kind", "BUSY"), "from", "2026-04-01"), "until",
            "2026-04-30"));
    Map<String, Object> input = with(scheduleInput("Berlin hours", "Europe/Berlin", rules), "dateOverrides",
        List.of(Map.of("date", "2026-03-10", "unavailableAllDay", true),
            Map.of("date", "2026-03-11", "available", List.of(Map.of("start", "10:00", "end", "12:00")),
                "busy", List.of(Map.of("start", "10:30", "end", "11:00")))));

    host.documentName("createSchedule").variable("input", input).execute()
        .path("createSchedule.userErrors").entityList(Object.class).hasSize(0)
        .path("createSchedule.schedule.name").entity(String.class).isEqualTo("Berlin hours")
        .path("createSchedule.schedule.timeZone").entity(String.class).isEqualTo("Europe/Berlin")
        .path("createSchedule.schedule.isDefault").entity(Boolean.class).isEqualTo(true)
        .path("createSchedule.schedule.weeklyRules[0]").entity(Map.class).isEqualTo(Map.of("dayOfWeek", "MONDAY",
            "start", "09:00", "end", "17:00", "kind", "AVAILABLE", "from", "2026-03-09", "until", "2027-03-09"))
        .path("createSchedule.schedule.weeklyRules[1]").entity(Map.class).isEqualTo(Map.of("dayOfWeek", "FRIDAY",
            "start", "22:00", "end", "24:00", "kind", "BUSY", "from", "2026-04-01", "until", "2026-04-30"))
        .path("createSchedule.schedule.dateOverrides[0]").entity(Map.class).isEqualTo(Map.of("date", "2026-03-10",
            "unavailableAllDay", true, "available", List.of(), "busy", List.of()))
        .path("createSchedule.schedule.dateOverrides[1]").entity(Map.class).isEqualTo(Map.of("date", "2026-03-11",
            "unavailableAllDay", false, "available", List.of(Map.of("start", "10:00", "end", "12:00")),
            "busy", List.of(Map.of("start", "10:30", "end", "11:00"))));

    assertThat(schedules(host)).singleElement().satisfies(schedule -> {
      assertThat(schedule).containsEntry("name", "Berlin hours").containsEntry("isDefault", true);
      assertThat((List<?>) schedule.get("weeklyRules")).hasSize(2);
      assertThat((List<?>) schedule.get("dateOverrides")).hasSize(2);
    });
  }

  @Test
  void laterSchedulesAreNotTheDefaultAndMakeDefaultMovesIt() {
    HttpGraphQlTester host = hosts.blankHost("later", "UTC").tester();
    String first = createSchedule(host, scheduleInput("First", "UTC", weekdays()));
    String second = createSchedule(host, scheduleInput("Second", "UTC", List.of()));
    assertThat(schedules(host)).extracting(s -> s.get("name"), s -> s.get("isDefault"))
        .containsExactly(org.assertj.core.groups.Tuple.tuple("First", true),
            org.assertj.core.groups.Tuple.tuple("Second", false));

    host.documentName("updateSchedule").variable("input", Map.of("id", second, "makeDefault", true)).execute()
        .path("updateSchedule.userErrors").entityList(Object.class).hasSize(0)
        .path("updateSchedule.schedule.isDefault").entity(Boolean.class).isEqualTo(true);

    // The default comes first.
    assertThat(schedules(host)).extracting(s -> s.get("id"), s -> s.get("isDefault"))
        .containsExactly(org.assertj.core.groups.Tuple.tuple(second, true),
            org.assertj.core.groups.Tuple.tuple(first, false));
    // Making the default the default again changes nothing.
    host.documentName("updateSchedule").variable("input", Map.of("id", second, "makeDefault", true)).execute()
        .path("updateSchedule.userErrors").entityList(Object.class).hasSize(0);
    assertThat(schedules(host)).filteredOn(s -> Boolean.TRUE.equals(s.get("isDefault"))).hasSize(1);
  }

  @Test
  void aHostWithTheRegistrationDefaultsKeepsTheirDefaultWhenMakingAnother() {
    HttpGraphQlTester host = hosts.host("kept", "UTC").tester();
    List<Map<String, Object>> before = schedules(host);

    createSchedule(host, scheduleInput("Evenings", "UTC", List.of(rule("MONDAY", "18:00", "21:00"))));

    List<Map<String, Object>> after = schedules(host);
    assertThat(after).hasSize(before.size() + 1);
    assertThat(after).filteredOn(s -> Boolean.TRUE.equals(s.get("isDefault"))).singleElement()
        .satisfies(schedule -> assertThat(schedule.get("name"))
            .isEqualTo(before.isEmpty() ? "Evenings" : before.get(0).get("name")));
  }

  @Test
  void anUpdateChangesWhatIsGivenAndKeepsTheRest() {
    clock.setInstant(Instant.parse("2026-03-09T12:00:00Z"));
    HttpGraphQlTester host = hosts.blankHost("update", "UTC").tester();
    String id = createSchedule(host, with(scheduleInput("Hours", "UTC", weekdays()), "dateOverrides",
        List.of(Map.of("date", "2026-03-12", "unavailableAllDay", true))));

    host.documentName("updateSchedule").variable("input", Map.of("id", id, "name", " Office hours "))
        .execute()
        .path("updateSchedule.userErrors").entityList(Object.class).hasSize(0)
        .path("updateSchedule.schedule.name").entity(String.class).isEqualTo("Office hours")
        .path("updateSchedule.schedule.timeZone").entity(String.class).isEqualTo("UTC")
        .path("updateSchedule.schedule.weeklyRules").entityList(Object.class).hasSize(5)
        .path("updateSchedule.schedule.dateOverrides").entityList(Object.class).hasSize(1);

    host.documentName("updateSchedule").variable("input", Map.of("id", id, "timeZone", "America/New_York",
            "weeklyRules", List.of(rule("SATURDAY", "00:00", "24:00")), "dateOverrides", List.of()))
        .execute()
        .path("updateSchedule.userErrors").entityList(Object.class).hasSize(0)
        .path("updateSchedule.schedule.name").entity(String.class).isEqualTo("Office hours")
        .path("updateSchedule.schedule.timeZone").entity(String.class).isEqualTo("America/New_York")
        // 12:00 UTC is 08:00 in New York, still 9 March there.
        .path("updateSchedule.schedule.weeklyRules").entityList(Map.class).containsExactly(Map.of(
            "dayOfWeek", "SATURDAY", "start", "00:00", "end", "24:00", "kind", "AVAILABLE", "from", "2026-03-09",
            "until", "2027-03-09"))
        .path("updateSchedule.schedule.dateOverrides").entityList(Object.class).hasSize(0);
  }

  @Test
  void theDefaultScheduleCanNeitherBeDeletedNorStopBeingTheDefault() {
    HttpGraphQlTester host = hosts.blankHost("keep-dflt", "UTC").tester();
    String id = createSchedule(host, scheduleInput("Only", "UTC", weekdays()));

    host.documentName("deleteSchedule").variable("id", id).execute()
        .path("deleteSchedule.deletedId").valueIsNull()
        .path("deleteSchedule.userErrors[0].code").entity(String.class).isEqualTo("DEFAULT_SCHEDULE")
        .path("deleteSchedule.userErrors[0].field").entityList(String.class).containsExactly("input", "id");
    host.documentName("updateSchedule").variable("input", Map.of("id", id, "makeDefault", false)).execute()
        .path("updateSchedule.schedule").valueIsNull()
        .path("updateSchedule.userErrors[0].code").entity(String.class).isEqualTo("DEFAULT_SCHEDULE")
        .path("updateSchedule.userErrors[0].field").entityList(String.class).containsExactly("input", "makeDefault");

    assertThat(schedules(host)).singleElement().satisfies(schedule ->
        assertThat(schedule).containsEntry("id", id).containsEntry("isDefault", true));
  }

  @Test
  void deletingAScheduleMovesItsEventTypesToTheDefault() {
    HttpGraphQlTester host = hosts.blankHost("fallback", "UTC").tester();
    createSchedule(host, scheduleInput("Default", "UTC", weekdays()));
    String evenings = createSchedule(host, scheduleInput("Evenings", "UTC", List.of(rule("MONDAY", "18:00",
        "21:00"))));
    String eventType = createEventType(host, with(eventTypeInput(uniqueSlug("evening")), "scheduleId", evenings));
    assertThat(eventTypes(host)).singleElement().satisfies(e ->
        assertThat(e.get("schedule")).isEqualTo(Map.of("id", evenings, "name", "Evenings", "isDefault", false)));

    host.documentName("deleteSchedule").variable("id", evenings).execute()
        .path("deleteSchedule.userErrors").entityList(Object.class).hasSize(0)
        .path("deleteSchedule.deletedId").entity(String.class).isEqualTo(evenings);

    assertThat(schedules(host)).extracting(s -> s.get("name")).containsExactly("Default");
    assertThat(eventTypes(host)).singleElement().satisfies(e -> {
      assertThat(e.get("id")).isEqualTo(eventType);
      assertThat(e.get("schedule")).isNull();
    });
    host.documentName("deleteSchedule").variable("id", evenings).execute()
        .path("deleteSchedule.userErrors[0].code").entity(String.class).isEqualTo("NOT_FOUND");
  }

  @Test
  void anotherHostsScheduleIsNotFoundAndStaysAsItWas() {
    HttpGraphQlTester owner = hosts.blankHost("owner", "UTC").tester();
    createSchedule(owner, scheduleInput("Default", "UTC", weekdays()));
    String other = createSchedule(owner, scheduleInput("Private", "UTC", weekdays()));
    HttpGraphQlTester intruder = hosts.host("intruder", "UTC").tester();
    String unknown = GlobalId.encode("Schedule", UUID.randomUUID());
    String eventTypeId = GlobalId.encode("EventType", UUID.randomUUID());

    for (String id : List.of(other, unknown, eventTypeId, "not-an-id")) {
      intruder.documentName("updateSchedule").variable("input", Map.of("id", id, "name", "Mine now",
              "makeDefault", true))
          .execute()
          .path("updateSchedule.schedule").valueIsNull()
          .path("updateSchedule.userErrors[0].code").entity(String.class).isEqualTo("NOT_FOUND")
          .path("updateSchedule.userErrors[0].field").entityList(String.class).containsExactly("input", "id")
          .path("updateSchedule.userErrors[0].message").entity(String.class)
          .isEqualTo("You have no schedule with this ID");
      intruder.documentName("deleteSchedule").variable("id", id).execute()
          .path("deleteSchedule.deletedId").valueIsNull()
          .path("deleteSchedule.userErrors[0].code").entity(String.class).isEqualTo("NOT_FOUND");
    }

    assertThat(schedules(owner)).extracting(s -> s.get("name")).containsExactly("Default", "Private");
    assertThat(schedules(intruder)).extracting(s -> s.get("id")).doesNotContain(other);
  }

  @Test
  void racingMakeDefaultsLeaveExactlyOneDefault() throws Exception {
    Callers.Host owner = hosts.blankHost("race", "UTC");
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      ids.add(createSchedule(owner.tester(), scheduleInput("Schedule " + i, "UTC", weekdays())));
    }

    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> updates = new ArrayList<>();
      for (int round = 0; round < 3; round++) {
        for (String id : ids) {
          updates.add(pool.submit(() -> owner.tester().documentName("updateSchedule")
              .variable("input", Map.of("id", id, "makeDefault", true)).execute()
              .path("updateSchedule.userErrors").entityList(Object.class).hasSize(0)));
        }
      }
      for (Future<?> update : updates) {
        update.get();
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(jdbc.queryForObject("select count(*) from schedule where host_id = ? and is_default", Long.class,
        ScheduleTestHosts.uuid(owner))).isEqualTo(1);
  }
}
