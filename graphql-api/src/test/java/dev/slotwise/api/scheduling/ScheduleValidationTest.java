package dev.slotwise.api.scheduling;

import static dev.slotwise.api.scheduling.ScheduleTestHosts.createSchedule;
import static dev.slotwise.api.scheduling.ScheduleTestHosts.rule;
import static dev.slotwise.api.scheduling.ScheduleTestHosts.scheduleInput;
import static dev.slotwise.api.scheduling.ScheduleTestHosts.schedules;
import static dev.slotwise.api.scheduling.ScheduleTestHosts.weekdays;
import static dev.slotwise.api.scheduling.ScheduleTestHosts.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import dev.slotwise.api.support.ApiTest;
import dev.slotwise.api.support.Mailbox;
import dev.slotwise.api.support.TestClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every rule of a schedule's input, one case each, on create and on update: one VALIDATION user error naming the
 * field, the rule and the value, and nothing written. The clock stands at 9 March 2026, so "today" is known.
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScheduleValidationTest {
  private static final Instant NOW = Instant.parse("2026-03-09T12:00:00Z");

  @Autowired
  private HttpGraphQlTester graphQl;
  @Autowired
  private Mailbox mailbox;
  @Autowired
  private JdbcTemplate jdbc;
  @Autowired
  private TestClock clock;
  private HttpGraphQlTester host;
  private String existing;
  private List<Map<String, Object>> before;

  @BeforeAll
  void oneHostForAllCases() {
    clock.setInstant(NOW);
    ScheduleTestHosts hosts = new ScheduleTestHosts(graphQl, mailbox, jdbc);
    host = hosts.blankHost("bad-sched", "UTC").tester();
    existing = createSchedule(host, with(scheduleInput("Existing", "Europe/Berlin", weekdays()), "dateOverrides",
        List.of(Map.of("date", "2026-03-12", "unavailableAllDay", true))));
    before = schedules(host);
  }

  @BeforeEach
  void stopTheClock() {
    // The cleanup after each test sets the clock back to real time, when this host's token is not yet valid.
    clock.setInstant(NOW);
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        argumentSet("empty name", set("name", " "), List.of("name"), "name must be 1 to 100 characters", "' '"),
        argumentSet("name too long", set("name", "n".repeat(101)), List.of("name"),
            "name must be 1 to 100 characters", "…"),
        argumentSet("unknown zone", set("timeZone", "Mars/Olympus"), List.of("timeZone"),
            "timeZone must be an IANA time zone id such as Europe/Berlin, or UTC", "Mars/Olympus"),
        argumentSet("fixed offset", set("timeZone", "+01:00"), List.of("timeZone"),
            "timeZone must be an IANA time zone id", "+01:00"),
        argumentSet("rule ending before it starts", rules(rule("MONDAY", "17:00", "09:00")),
            List.of("weeklyRules", "0", "end"), "weeklyRules[0].end must be after window.start 17:00", "09:00"),
        argumentSet("rule of no length", rules(rule("MONDAY", "09:00", "17:00"), rule("TUESDAY", "10:00", "10:00")),
            List.of("weeklyRules", "1", "end"), "weeklyRules[1].end must be after window.start 10:00", "10:00"),
        argumentSet("rule starting at the end of the day", rules(rule("MONDAY", "24:00", "24:00")),
            List.of("weeklyRules", "0", "end"), "weeklyRules[0].end must be after window.start 24:00", "24:00"),
        argumentSet("rule in force until before it starts", rules(with(with(rule("MONDAY", "09:00", "17:00"),
            "from", "2026-05-01"), "until", "2026-04-30")), List.of("weeklyRules", "0", "until"),
            "weeklyRules[0].until must not be before weeklyRule.from 2026-05-01", "2026-04-30"),
        argumentSet("rule ending before today, its default start", rules(with(rule("MONDAY", "09:00", "17:00"),
            "until", "2026-03-01")), List.of("weeklyRules", "0", "until"),
            "weeklyRules[0].until must not be before weeklyRule.from 2026-03-09", "2026-03-01"),
        argumentSet("too many rules", rules(IntStream.range(0, 101).mapToObj(i -> rule("MONDAY", "09:00", "10:00"))
            .toArray(Map[]::new)), List.of("weeklyRules"), "weeklyRules must hold at most 100 rules", "101"),
        argumentSet("override saying nothing", overrides(Map.of("date", "2026-03-20")), List.of("dateOverrides", "0"),
            "dateOverrides[0] must list a window or be unavailable all day", "2026-03-20 with no windows"),
        argumentSet("override saying nothing, explicitly", overrides(Map.of("date", "2026-03-20",
            "unavailableAllDay", false, "available", List.of(), "busy", List.of())), List.of("dateOverrides", "0"),
            "dateOverrides[0] must list a window or be unavailable all day", "2026-03-20 with no windows"),
        argumentSet("available window backwards", overrides(Map.of("date", "2026-03-20", "available",
            List.of(Map.of("start", "10:00", "end", "12:00"), Map.of("start", "15:00", "end", "14:00")))),
            List.of("dateOverrides", "0", "available", "1", "end"),
            "dateOverrides[0].available[1].end must be after window.start 15:00", "14:00"),
        argumentSet("busy window backwards", overrides(Map.of("date", "2026-03-20", "unavailableAllDay", true),
            Map.of("date", "2026-03-21", "busy", List.of(Map.of("start", "13:00", "end", "12:00")))),
            List.of("dateOverrides", "1", "busy", "0", "end"),
            "dateOverrides[1].busy[0].end must be after window.start 13:00", "12:00"),
        argumentSet("one date twice", overrides(Map.of("date", "2026-03-20", "unavailableAllDay", true),
            Map.of("date", "2026-03-20", "busy", List.of(Map.of("start", "09:00", "end", "10:00")))),
            List.of("dateOverrides", "1", "date"), "dateOverrides[1].date must differ from the other overrides' dates",
            "2026-03-20"),
        argumentSet("too many windows on one date", overrides(Map.of("date", "2026-03-20", "busy",
            IntStream.range(0, 25).mapToObj(i -> Map.of("start", "09:00", "end", "10:00")).toList())),
            List.of("dateOverrides", "0", "busy"), "dateOverrides[0].busy must hold at most 24 windows", "25"));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void aBrokenRuleOnCreateIsAValidationErrorAndNothingIsWritten(UnaryOperator<Map<String, Object>> change,
      List<String> field, String message, String value) {
    Map<String, Object> input = change.apply(scheduleInput("New", "UTC", weekdays()));

    assertOneError(host.documentName("createSchedule").variable("input", input).execute()
        .path("createSchedule.schedule").valueIsNull()
        .path("createSchedule.userErrors").entityList(ScheduleTestHosts.MAP).get(), field, message, value);
    assertThat(schedules(host)).isEqualTo(before);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void aBrokenRuleOnUpdateIsAValidationErrorAndNothingChanges(UnaryOperator<Map<String, Object>> change,
      List<String> field, String message, String value) {
    Map<String, Object> input = change.apply(new HashMap<>(Map.of("id", existing, "makeDefault", true)));

    assertOneError(host.documentName("updateSchedule").variable("input", input).execute()
        .path("updateSchedule.schedule").valueIsNull()
        .path("updateSchedule.userErrors").entityList(ScheduleTestHosts.MAP).get(), field, message, value);
    assertThat(schedules(host)).isEqualTo(before);
  }

  @Test
  void everyBrokenFieldOfOneInputIsReported() {
    Map<String, Object> input = with(scheduleInput("", "Nowhere/Special", List.of(rule("MONDAY", "17:00",
        "09:00"), rule("TUESDAY", "09:00", "17:00"), rule("FRIDAY", "12:00", "11:00"))), "dateOverrides",
        List.of(Map.of("date", "2026-03-20")));

    List<Map<String, Object>> errors = host.documentName("createSchedule").variable("input", input).execute()
        .path("createSchedule.userErrors").entityList(ScheduleTestHosts.MAP).get();

    assertThat(errors).extracting(error -> error.get("field")).containsExactly(List.of("input", "name"),
        List.of("input", "timeZone"), List.of("input", "weeklyRules", "0", "end"),
        List.of("input", "weeklyRules", "2", "end"), List.of("input", "dateOverrides", "0"));
    assertThat(schedules(host)).isEqualTo(before);
  }

  @Test
  void aTimeThatIsNoTimeOfDayIsRefusedBeforeTheMutationRuns() {
    Map<String, Object> input = scheduleInput("Late", "UTC", List.of(rule("MONDAY", "09:00", "25:00")));

    host.documentName("createSchedule").variable("input", input).execute().errors().satisfy(errors ->
        assertThat(errors).singleElement().satisfies(error -> {
          assertThat(error.getExtensions()).containsEntry("code", "INVALID_QUERY");
          assertThat(error.getMessage()).contains("25:00");
        }));
    assertThat(schedules(host)).isEqualTo(before);
  }

  private static void assertOneError(List<Map<String, Object>> errors, List<String> field, String message,
      String value) {
    List<String> path = new ArrayList<>(List.of("input"));
    path.addAll(field);
    assertThat(errors).singleElement().satisfies(error -> {
      assertThat(error.get("code")).isEqualTo("VALIDATION");
      assertThat(error.get("field")).isEqualTo(path);
      assertThat((String) error.get("message")).startsWith(message)
          .endsWith(value.equals("…") ? "…" : ", was " + value);
    });
  }

  private static UnaryOperator<Map<String, Object>> set(String field, Object value) {
    return input -> with(input, field, value);
  }

  @SafeVarargs
  private static UnaryOperator<Map<String, Object>> rules(Map<String, Object>... rules) {
    return set("weeklyRules", List.of(rules));
  }

  @SafeVarargs
  private static UnaryOperator<Map<String, Object>> overrides(Map<String, Object>... overrides) {
    return set("dateOverrides", List.of(overrides));
  }
}
