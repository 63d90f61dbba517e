package dev.slotwise.scheduling;

import static dev.slotwise.scheduling.Fixtures.at;
import static dev.slotwise.scheduling.Fixtures.event;
import static dev.slotwise.scheduling.Fixtures.minutes;
import static dev.slotwise.scheduling.Fixtures.schedule;
import static dev.slotwise.scheduling.Fixtures.weekdays;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Section 4 of the scheduling rules: every bound is checked where input enters, naming field, bound and value. */
class ValidationTest {
  private static final BookingCalendar CALENDAR = BookingCalendar.builder(
          schedule("Europe/Berlin", weekdays("09:00", "17:00")), event(30).build())
      .now(Instant.parse("2026-03-01T00:00:00Z")).build();

  static Stream<Arguments> misuse() {
    return Stream.of(
        argumentSet("duration too short", call(() -> event(4).build()), "durations[0]",
            "must be a whole number of minutes from 5 to 720", "4 minutes"),
        argumentSet("duration too long", call(() -> event(30, 721).build()), "durations[1]",
            "must be a whole number of minutes from 5 to 720", "721 minutes"),
        argumentSet("duration with seconds", call(() -> EventTypeRules.builder()
            .durations(Duration.ofSeconds(1830)).build()), "durations[0]",
            "must be a whole number of minutes from 5 to 720", "PT30M30S"),
        argumentSet("no duration", call(() -> EventTypeRules.builder().build()), "durations",
            "must hold at least one duration", "[]"),
        argumentSet("a duration twice", call(() -> event(30, 30).build()), "durations[1]",
            "must differ from the other durations", "30 minutes"),
        argumentSet("default not among the durations", call(() -> event(30).defaultDuration(minutes(60)).build()),
            "defaultDuration", "must be one of the durations [30] minutes", "60 minutes"),
        argumentSet("slot interval too short", call(() -> event(30).slotInterval(minutes(4)).build()),
            "slotInterval", "must be a whole number of minutes from 5 to 720", "4 minutes"),
        argumentSet("slot interval too long", call(() -> event(30).slotInterval(minutes(721)).build()),
            "slotInterval", "must be a whole number of minutes from 5 to 720", "721 minutes"),
        argumentSet("negative buffer", call(() -> event(30).bufferBefore(minutes(-5)).build()), "bufferBefore",
            "must be a whole number of minutes from 0 to 720", "-5 minutes"),
        argumentSet("buffer too long", call(() -> event(30).bufferAfter(minutes(721)).build()), "bufferAfter",
            "must be a whole number of minutes from 0 to 720", "721 minutes"),
        argumentSet("notice too long", call(() -> event(30).minimumNotice(minutes(525_601)).build()),
            "minimumNotice", "must be a whole number of minutes from 0 to 525600", "525601 minutes"),
        argumentSet("daily limit of zero", call(() -> event(30).dailyLimit(0)), "dailyLimit",
            "must be from 1 to 2147483647", "0"),
        argumentSet("rolling window too long", call(() -> BookingWindow.rollingDays(3661)),
            "bookingWindow.rollingDays", "must be from 0 to 3660", "3661"),
        argumentSet("fixed window reversed", call(() -> BookingWindow.between(LocalDate.of(2026, 3, 2),
            LocalDate.of(2026, 3, 1))), "bookingWindow.until", "must not be before bookingWindow.from 2026-03-02",
            "2026-03-01"),
        argumentSet("unknown zone", call(() -> TimeZones.parse("timeZone", "Mars/Olympus")), "timeZone",
            "must be an IANA time zone id such as Europe/Berlin, or UTC", "Mars/Olympus"),
        argumentSet("fixed offset zone", call(() -> Schedule.of(ZoneOffset.ofHours(1), List.of(), List.of())),
            "schedule.zone", "must be an IANA time zone id such as Europe/Berlin, or UTC", "+01:00"),
        argumentSet("slots query zone as a fixed offset", call(() -> CALENDAR.slots(LocalDate.of(2026, 3, 2),
            LocalDate.of(2026, 3, 2), ZoneId.of("-05:00"))), "timeZone",
            "must be an IANA time zone id such as Europe/Berlin, or UTC", "-05:00"),
        argumentSet("slots query reversed", call(() -> CALENDAR.slots(LocalDate.of(2026, 3, 2),
            LocalDate.of(2026, 3, 1), ZoneId.of("UTC"))), "to", "must not be before from 2026-03-02", "2026-03-01"),
        argumentSet("slots query of 93 dates", call(() -> CALENDAR.slots(LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 4, 3), ZoneId.of("UTC"))), "to",
            "must be at most 92 local dates from 2026-01-01 inclusive", "2026-04-03 (93 dates)"),
        argumentSet("slots of a duration not offered", call(() -> CALENDAR.slots(minutes(45),
            LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2), ZoneId.of("UTC"))), "duration",
            "must be one of the event type's durations [30 minutes]", "45 minutes"),
        argumentSet("window end before start", call(() -> TimeWindow.of("17:00", "09:00")), "window.end",
            "must be after window.start 17:00", "09:00"),
        argumentSet("empty window", call(() -> TimeWindow.of("09:00", "09:00")), "window.end",
            "must be after window.start 09:00", "09:00"),
        argumentSet("time past 24:00", call(() -> TimeOfDay.parse("24:30")), "timeOfDay",
            "must be HH:mm from 00:00 to 24:00", "24:30"),
        argumentSet("time with seconds", call(() -> TimeOfDay.of(LocalTime.of(9, 0, 30))), "timeOfDay",
            "must be a whole minute", "09:00:30"),
        argumentSet("rule in force until before from", call(() -> WeeklyRule.available(DayOfWeek.MONDAY,
            TimeWindow.of("09:00", "10:00"), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1))),
            "weeklyRule.until", "must not be before weeklyRule.from 2026-03-02", "2026-03-01"),
        argumentSet("override that says nothing", call(() -> DateOverride.of(LocalDate.of(2026, 3, 2), List.of(),
            List.of())), "dateOverride", "must list a window or be unavailable all day", "2026-03-02 with no windows"),
        argumentSet("interval end before start", call(() -> Interval.of(Instant.parse("2026-03-02T10:00:00Z"),
            Instant.parse("2026-03-02T09:00:00Z"))), "interval.end",
            "must be after interval.start 2026-03-02T10:00:00Z", "2026-03-02T09:00:00Z"),
        argumentSet("instant out of range", call(() -> Interval.of(Instant.parse("1800-01-01T00:00:00Z"),
            Instant.parse("2026-03-02T09:00:00Z"))), "interval.start",
            "must be from 1900-01-01T00:00:00Z and before 2200-01-01T00:00:00Z", "1800-01-01T00:00:00Z"),
        argumentSet("null in a list", call(() -> Schedule.of(ZoneId.of("UTC"), java.util.Arrays.asList(
            (WeeklyRule) null), List.of())), "weeklyRules[0]", "must not be null", "null"),
        argumentSet("calendar without now", call(() -> BookingCalendar.builder(
            schedule("UTC", weekdays("09:00", "17:00")), event(30).build()).build()), "now", "must not be null",
            "null"),
        argumentSet("check with no start", call(() -> CALENDAR.check(null, minutes(30))), "start",
            "must not be null", "null"));
  }

  private static ThrowingCallable call(ThrowingCallable callable) {
    return callable;
  }

  @ParameterizedTest
  @MethodSource("misuse")
  void misuseNamesTheFieldTheRuleAndTheValue(ThrowingCallable misuse, String field, String rule, String value) {
    assertThatThrownBy(misuse).isInstanceOfSatisfying(SchedulingInputException.class, error -> {
      assertThat(error.field()).isEqualTo(field);
      assertThat(error.rule()).isEqualTo(rule);
      assertThat(error.value()).isEqualTo(value);
      assertThat(error.getMessage()).isEqualTo(field + ": " + rule + ", was " + value);
    });
  }

  @ParameterizedTest
  @MethodSource("misuse")
  void misuseIsAnIllegalArgument(ThrowingCallable misuse, String field, String rule, String value) {
    assertThatThrownBy(misuse).isInstanceOf(IllegalArgumentException.class);
  }

  @org.junit.jupiter.api.Test
  void longValuesAreShortenedInTheMessage() {
    String id = "X".repeat(10_000);
    assertThatThrownBy(() -> TimeZones.parse("timeZone", id)).isInstanceOfSatisfying(SchedulingInputException.class,
        error -> assertThat(error.getMessage()).hasSizeLessThan(300));
  }

  @org.junit.jupiter.api.Test
  void aBoundaryValueIsAccepted() {
    EventTypeRules rules = event(5, 720).slotInterval(minutes(720)).bufferBefore(minutes(720))
        .bufferAfter(minutes(0)).minimumNotice(minutes(525_600)).build();
    assertThat(rules.durations()).containsExactly(minutes(5), minutes(720));
    assertThat(CALENDAR.slots(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 2), ZoneId.of("UTC")).size())
        .isPositive();
    assertThat(at("2026-03-02T09:00", "UTC")).isNotNull();
  }
}
