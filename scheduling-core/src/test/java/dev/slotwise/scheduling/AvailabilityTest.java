package dev.slotwise.scheduling;

import static dev.slotwise.scheduling.Fixtures.at;
import static dev.slotwise.scheduling.Fixtures.available;
import static dev.slotwise.scheduling.Fixtures.busy;
import static dev.slotwise.scheduling.Fixtures.schedule;
import static dev.slotwise.scheduling.Fixtures.weekdays;
import static dev.slotwise.scheduling.Fixtures.window;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Section 1 of the scheduling rules: the availability of a schedule, one named case per rule. */
class AvailabilityTest {
  private static final LocalDate MONDAY_MAR_9 = LocalDate.of(2026, 3, 9);

  /** A case: a schedule, one or more local dates, and the expected intervals as local date-time pairs. */
  record Case(Schedule schedule, LocalDate from, LocalDate to, List<String> expected) {}

  static Stream<Arguments> cases() {
    return Stream.of(
        argumentSet("weekday rule becomes that day's interval",
            new Case(schedule("America/New_York", weekdays("09:00", "17:00")), MONDAY_MAR_9, MONDAY_MAR_9,
                List.of("2026-03-09T09:00", "2026-03-09T17:00"))),
        argumentSet("no rule for the weekday leaves the date empty",
            new Case(schedule("America/New_York", weekdays("09:00", "17:00")), LocalDate.of(2026, 3, 14),
                LocalDate.of(2026, 3, 15), List.of())),
        argumentSet("a rule is in force from its first date to its last, both inclusive",
            new Case(schedule("Europe/Berlin", List.of(
                WeeklyRule.available(MONDAY, window("09:00", "10:00"), LocalDate.of(2026, 3, 16),
                    LocalDate.of(2026, 3, 23)))),
                MONDAY_MAR_9, LocalDate.of(2026, 3, 31),
                List.of("2026-03-16T09:00", "2026-03-16T10:00", "2026-03-23T09:00", "2026-03-23T10:00"))),
        argumentSet("available rules of one day unite",
            new Case(schedule("Europe/Berlin", List.of(available(MONDAY, "09:00", "12:00"),
                available(MONDAY, "11:00", "13:00"), available(MONDAY, "15:00", "16:00"))),
                MONDAY_MAR_9, MONDAY_MAR_9,
                List.of("2026-03-09T09:00", "2026-03-09T13:00", "2026-03-09T15:00", "2026-03-09T16:00"))),
        argumentSet("a busy weekly rule is taken away",
            new Case(schedule("Europe/Berlin", List.of(available(MONDAY, "09:00", "17:00"),
                busy(MONDAY, "12:00", "13:00"))), MONDAY_MAR_9, MONDAY_MAR_9,
                List.of("2026-03-09T09:00", "2026-03-09T12:00", "2026-03-09T13:00", "2026-03-09T17:00"))),
        argumentSet("available overrides replace the weekly rules for their date",
            new Case(schedule("Europe/Berlin", weekdays("09:00", "17:00"),
                DateOverride.available(MONDAY_MAR_9, window("18:00", "20:00"))), MONDAY_MAR_9, MONDAY_MAR_9,
                List.of("2026-03-09T18:00", "2026-03-09T20:00"))),
        argumentSet("an available override opens a date the weekly rules leave closed",
            new Case(schedule("Europe/Berlin", weekdays("09:00", "17:00"),
                DateOverride.available(LocalDate.of(2026, 3, 14), window("10:00", "11:00"))),
                LocalDate.of(2026, 3, 14), LocalDate.of(2026, 3, 14),
                List.of("2026-03-14T10:00", "2026-03-14T11:00"))),
        argumentSet("a busy override is taken from the weekly rules",
            new Case(schedule("Europe/Berlin", weekdays("09:00", "17:00"),
                DateOverride.busy(MONDAY_MAR_9, window("09:00", "10:30"))), MONDAY_MAR_9, MONDAY_MAR_9,
                List.of("2026-03-09T10:30", "2026-03-09T17:00"))),
        argumentSet("busy weekly rules are taken from available overrides too",
            new Case(schedule("Europe/Berlin", List.of(available(MONDAY, "09:00", "17:00"),
                busy(MONDAY, "12:00", "13:00")),
                DateOverride.available(MONDAY_MAR_9, window("11:00", "14:00"))), MONDAY_MAR_9, MONDAY_MAR_9,
                List.of("2026-03-09T11:00", "2026-03-09T12:00", "2026-03-09T13:00", "2026-03-09T14:00"))),
        argumentSet("unavailable all day empties the date whatever else says",
            new Case(schedule("Europe/Berlin", weekdays("09:00", "17:00"),
                DateOverride.available(MONDAY_MAR_9, window("18:00", "20:00")),
                DateOverride.unavailableAllDay(MONDAY_MAR_9)), MONDAY_MAR_9, LocalDate.of(2026, 3, 10),
                List.of("2026-03-10T09:00", "2026-03-10T17:00"))),
        argumentSet("several overrides of one date add up",
            new Case(schedule("Europe/Berlin", weekdays("09:00", "17:00"),
                DateOverride.available(MONDAY_MAR_9, window("08:00", "09:00")),
                DateOverride.of(MONDAY_MAR_9, List.of(window("10:00", "12:00")), List.of(window("11:00", "11:30")))),
                MONDAY_MAR_9, MONDAY_MAR_9,
                List.of("2026-03-09T08:00", "2026-03-09T09:00", "2026-03-09T10:00", "2026-03-09T11:00",
                    "2026-03-09T11:30", "2026-03-09T12:00"))),
        argumentSet("windows touching at midnight merge into one stretch (22:00-24:00 and 00:00-02:00)",
            new Case(schedule("Europe/Berlin", List.of(available(MONDAY, "22:00", "24:00"),
                available(TUESDAY, "00:00", "02:00"))), MONDAY_MAR_9, LocalDate.of(2026, 3, 10),
                List.of("2026-03-09T22:00", "2026-03-10T02:00"))),
        argumentSet("US spring forward: a window across the gap is an hour shorter",
            new Case(schedule("America/New_York", List.of(available(SUNDAY, "01:00", "04:00"))),
                LocalDate.of(2026, 3, 8), LocalDate.of(2026, 3, 8),
                List.of("2026-03-08T01:00", "2026-03-08T04:00"))),
        argumentSet("US spring forward: a start inside the gap moves forward by the gap",
            new Case(schedule("America/New_York", List.of(available(SUNDAY, "02:30", "05:00"))),
                LocalDate.of(2026, 3, 8), LocalDate.of(2026, 3, 8),
                List.of("2026-03-08T03:30", "2026-03-08T05:00"))),
        argumentSet("US spring forward: a window wholly inside the gap moves forward with it",
            new Case(schedule("America/New_York", List.of(available(SUNDAY, "02:00", "02:30"))),
                LocalDate.of(2026, 3, 8), LocalDate.of(2026, 3, 8),
                List.of("2026-03-08T03:00", "2026-03-08T03:30"))),
        argumentSet("US spring forward: a window whose start moves past its end is empty",
            new Case(schedule("America/New_York", List.of(available(SUNDAY, "02:30", "03:00"))),
                LocalDate.of(2026, 3, 8), LocalDate.of(2026, 3, 8), List.of())),
        argumentSet("US fall back: a window across the overlap is an hour longer, starting at the earlier offset",
            new Case(schedule("America/New_York", List.of(available(SUNDAY, "01:30", "03:00"))),
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 1),
                List.of("2026-11-01T01:30", "2026-11-01T03:00"))),
        argumentSet("EU spring forward in Berlin",
            new Case(schedule("Europe/Berlin", List.of(available(SUNDAY, "01:00", "04:00"))),
                LocalDate.of(2026, 3, 29), LocalDate.of(2026, 3, 29),
                List.of("2026-03-29T01:00", "2026-03-29T04:00"))),
        argumentSet("EU fall back in Berlin",
            new Case(schedule("Europe/Berlin", List.of(available(SUNDAY, "02:00", "02:30"))),
                LocalDate.of(2026, 10, 25), LocalDate.of(2026, 10, 25),
                List.of("2026-10-25T02:00", "2026-10-25T02:30"))),
        argumentSet("half-hour zone Asia/Kolkata",
            new Case(schedule("Asia/Kolkata", weekdays("09:00", "17:00")), MONDAY_MAR_9, MONDAY_MAR_9,
                List.of("2026-03-09T09:00", "2026-03-09T17:00"))),
        argumentSet("45-minute zone Asia/Kathmandu",
            new Case(schedule("Asia/Kathmandu", weekdays("09:00", "17:00")), MONDAY_MAR_9, MONDAY_MAR_9,
                List.of("2026-03-09T09:00", "2026-03-09T17:00"))),
        argumentSet("24:00 is the next date's start even where midnight falls in a gap (Santiago)",
            new Case(schedule("America/Santiago", List.of(available(SATURDAY, "22:00", "24:00"))),
                LocalDate.of(2026, 9, 5), LocalDate.of(2026, 9, 5),
                List.of("2026-09-05T22:00", "2026-09-06T00:00"))));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void availabilityFollowsTheRules(Case given) {
    String zone = given.schedule().zone().getId();
    List<Interval> expected = new ArrayList<>();
    for (int i = 0; i < given.expected().size(); i += 2) {
      expected.add(Interval.of(at(given.expected().get(i), zone), at(given.expected().get(i + 1), zone)));
    }

    IntervalSet availability = given.schedule().availability(given.from(), given.to());

    assertThat(availability.intervals()).containsExactlyElementsOf(expected);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void availabilityOfARangeIsTheUnionOfItsDates(Case given) {
    IntervalSet union = IntervalSet.empty();
    for (LocalDate date = given.from(); !date.isAfter(given.to()); date = date.plusDays(1)) {
      union = union.union(given.schedule().availability(date, date));
    }
    assertThat(given.schedule().availability(given.from(), given.to())).isEqualTo(union);
  }

  @org.junit.jupiter.api.Test
  void gapAtMidnightMovesTheDateStartToTheGapEnd() {
    // In Santiago, 2026-09-06 00:00 does not exist: the date starts at 01:00 local, 04:00Z.
    Schedule schedule = Schedule.of(ZoneId.of("America/Santiago"),
        List.of(available(SUNDAY, "00:00", "02:00")), List.of());
    assertThat(schedule.availability(LocalDate.of(2026, 9, 6), LocalDate.of(2026, 9, 6)).intervals())
        .containsExactly(Interval.of(Fixtures.utc("2026-09-06T04:00:00Z"), Fixtures.utc("2026-09-06T05:00:00Z")));
  }
}
