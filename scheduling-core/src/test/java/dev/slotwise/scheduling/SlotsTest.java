package dev.slotwise.scheduling;

import static dev.slotwise.scheduling.Fixtures.at;
import static dev.slotwise.scheduling.Fixtures.available;
import static dev.slotwise.scheduling.Fixtures.busy;
import static dev.slotwise.scheduling.Fixtures.event;
import static dev.slotwise.scheduling.Fixtures.everyDay;
import static dev.slotwise.scheduling.Fixtures.local;
import static dev.slotwise.scheduling.Fixtures.meeting;
import static dev.slotwise.scheduling.Fixtures.minutes;
import static dev.slotwise.scheduling.Fixtures.schedule;
import static dev.slotwise.scheduling.Fixtures.weekdays;
import static dev.slotwise.scheduling.Fixtures.zone;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Section 2 of the scheduling rules: candidates on the grid and the conditions for offering them. */
class SlotsTest {
  private static final String NEW_YORK = "America/New_York";
  private static final String BERLIN = "Europe/Berlin";
  private static final LocalDate MONDAY_MAR_9 = LocalDate.of(2026, 3, 9);
  /** Long before every case, so notice and the rolling window never interfere unless a case sets them. */
  private static final Instant LONG_AGO = Fixtures.utc("2026-01-01T00:00:00Z");

  /**
   * A case: a calendar, a duration, one local date asked about in a zone, and the expected starts as local
   * date-times in that zone.
   */
  record Case(BookingCalendar calendar, long durationMinutes, LocalDate date, String zone, List<String> expected) {}

  private static BookingCalendar.Builder calendar(Schedule schedule, EventTypeRules.Builder rules) {
    return BookingCalendar.builder(schedule, rules.bookingWindow(BookingWindow.rollingDays(3000)).build())
        .now(LONG_AGO);
  }

  private static List<String> times(String date, String... times) {
    List<String> expected = new ArrayList<>();
    for (String time : times) {
      expected.add(date + "T" + time);
    }
    return expected;
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        argumentSet("the grid steps by the slot interval from the window's start",
            new Case(calendar(schedule(NEW_YORK, weekdays("09:00", "11:00")), event(30)).build(), 30,
                MONDAY_MAR_9, NEW_YORK, times("2026-03-09", "09:00", "09:30", "10:00", "10:30"))),
        argumentSet("a meeting longer than the interval must still end inside the availability",
            new Case(calendar(schedule(NEW_YORK, weekdays("09:00", "10:30")), event(45).slotInterval(minutes(15)))
                .build(), 45, MONDAY_MAR_9, NEW_YORK, times("2026-03-09", "09:00", "09:15", "09:30", "09:45"))),
        argumentSet("the grid restarts after a busy rule",
            new Case(calendar(schedule(NEW_YORK, List.of(available(MONDAY, "09:00", "11:00"),
                busy(MONDAY, "09:30", "09:50"))), event(30)).build(), 30, MONDAY_MAR_9, NEW_YORK,
                times("2026-03-09", "09:00", "09:50", "10:20"))),
        argumentSet("the grid does not move for busy time, the clock or notice",
            new Case(calendar(schedule(NEW_YORK, weekdays("09:00", "11:00")), event(30).minimumNotice(minutes(5)))
                .now(at("2026-03-09T09:07", NEW_YORK)).busyTimes(List.of(meeting("2026-03-09T09:00", NEW_YORK, 10)))
                .build(), 30, MONDAY_MAR_9, NEW_YORK, times("2026-03-09", "09:30", "10:00", "10:30"))),
        argumentSet("an overnight stretch offers meetings across midnight, the grid restarting at 00:00",
            new Case(calendar(schedule(BERLIN, List.of(available(MONDAY, "22:00", "24:00"),
                available(TUESDAY, "00:00", "02:00"))), event(90).slotInterval(minutes(45))).build(), 90,
                MONDAY_MAR_9, BERLIN, times("2026-03-09", "22:00", "22:45", "23:30"))),
        argumentSet("the next date's part of the stretch keeps its own grid",
            new Case(calendar(schedule(BERLIN, List.of(available(MONDAY, "22:00", "24:00"),
                available(TUESDAY, "00:00", "02:00"))), event(90).slotInterval(minutes(45))).build(), 90,
                LocalDate.of(2026, 3, 10), BERLIN, times("2026-03-10", "00:00"))),
        argumentSet("buffers add up: ours before against the booking's after",
            new Case(calendar(schedule(NEW_YORK, weekdays("09:00", "11:00")),
                event(30).slotInterval(minutes(15)).bufferBefore(minutes(10)))
                .bookings(List.of(ExistingBooking.ofOtherEventType(meeting("2026-03-09T09:30", NEW_YORK, 30),
                    minutes(0), minutes(15))))
                .build(), 30, MONDAY_MAR_9, NEW_YORK, times("2026-03-09", "09:00", "10:30"))),
        argumentSet("buffers add up: ours after against the booking's before",
            new Case(calendar(schedule(NEW_YORK, weekdays("09:00", "11:00")),
                event(30).slotInterval(minutes(15)).bufferAfter(minutes(5)))
                .bookings(List.of(ExistingBooking.ofOtherEventType(meeting("2026-03-09T10:30", NEW_YORK, 30),
                    minutes(10), minutes(0))))
                .build(), 30, MONDAY_MAR_9, NEW_YORK, times("2026-03-09", "09:00", "09:15", "09:30", "09:45"))),
        argumentSet("buffers keep distance from external busy time",
            new Case(calendar(schedule(NEW_YORK, weekdays("09:00", "11:00")),
                event(30).slotInterval(minutes(15)).bufferBefore(minutes(15)).bufferAfter(minutes(15)))
                .busyTimes(List.of(meeting("2026-03-09T10:00", NEW_YORK, 15)))
                .build(), 30, MONDAY_MAR_9, NEW_YORK, times("2026-03-09", "09:00", "09:15", "10:30"))),
        argumentSet("buffers may reach outside the availability",
            new Case(calendar(schedule(NEW_YORK, weekdays("09:00", "10:00")),
                event(30).bufferBefore(minutes(60)).bufferAfter(minutes(60))).build(), 30, MONDAY_MAR_9, NEW_YORK,
                times("2026-03-09", "09:00", "09:30"))),
        argumentSet("meetings that only touch a booking are offered",
            new Case(calendar(schedule(NEW_YORK, weekdays("09:00", "11:00")), event(30))
                .bookings(List.of(ExistingBooking.ofThisEventType(meeting("2026-03-09T10:00", NEW_YORK, 30),
                    minutes(0), minutes(0))))
                .build(), 30, MONDAY_MAR_9, NEW_YORK, times("2026-03-09", "09:00", "09:30", "10:30"))),
        argumentSet("minimum notice counts from now",
            new Case(calendar(schedule(NEW_YORK, weekdays("09:00", "12:00")), event(30).minimumNotice(minutes(60)))
                .now(at("2026-03-09T09:10", NEW_YORK)).build(), 30, MONDAY_MAR_9, NEW_YORK,
                times("2026-03-09", "10:30", "11:00", "11:30"))),
        argumentSet("a start exactly at now plus notice is offered",
            new Case(calendar(schedule(NEW_YORK, weekdays("09:00", "11:00")), event(30).minimumNotice(minutes(60)))
                .now(at("2026-03-09T09:00", NEW_YORK)).build(), 30, MONDAY_MAR_9, NEW_YORK,
                times("2026-03-09", "10:00", "10:30"))),
        argumentSet("a rolling window of one day reaches tomorrow, in the host's zone",
            new Case(BookingCalendar.builder(schedule(NEW_YORK, everyDay("09:00", "10:00")),
                event(60).bookingWindow(BookingWindow.rollingDays(1)).build())
                .now(at("2026-03-09T08:00", NEW_YORK)).build(), 60, LocalDate.of(2026, 3, 10), NEW_YORK,
                times("2026-03-10", "09:00"))),
        argumentSet("past the rolling window nothing is offered",
            new Case(BookingCalendar.builder(schedule(NEW_YORK, everyDay("09:00", "10:00")),
                event(60).bookingWindow(BookingWindow.rollingDays(1)).build())
                .now(at("2026-03-09T08:00", NEW_YORK)).build(), 60, LocalDate.of(2026, 3, 11), NEW_YORK,
                List.of())),
        argumentSet("the rolling window's today is the host's, not the guest's",
            new Case(BookingCalendar.builder(schedule(NEW_YORK, everyDay("20:00", "21:00")),
                event(60).bookingWindow(BookingWindow.rollingDays(0)).build())
                .now(at("2026-03-09T08:00", NEW_YORK)).build(), 60, LocalDate.of(2026, 3, 10), "Asia/Tokyo",
                times("2026-03-10", "09:00"))),
        argumentSet("the schedule is read in its own zone even when the host's zone differs",
            new Case(calendar(schedule(BERLIN, weekdays("09:00", "10:00")), event(60))
                .hostZone(zone("Asia/Tokyo")).build(), 60, MONDAY_MAR_9, BERLIN, times("2026-03-09", "09:00"))),
        argumentSet("a fixed window offers its dates",
            new Case(BookingCalendar.builder(schedule(NEW_YORK, everyDay("09:00", "10:00")),
                event(60).bookingWindow(BookingWindow.between(MONDAY_MAR_9, MONDAY_MAR_9)).build())
                .now(LONG_AGO).build(), 60, MONDAY_MAR_9, NEW_YORK, times("2026-03-09", "09:00"))),
        argumentSet("a fixed window offers no other date",
            new Case(BookingCalendar.builder(schedule(NEW_YORK, everyDay("09:00", "10:00")),
                event(60).bookingWindow(BookingWindow.between(MONDAY_MAR_9, MONDAY_MAR_9)).build())
                .now(LONG_AGO).build(), 60, LocalDate.of(2026, 3, 10), NEW_YORK, List.of())),
        argumentSet("a daily limit counts this event type's bookings on the host's date",
            new Case(calendar(schedule(NEW_YORK, weekdays("09:00", "12:00")), event(30).dailyLimit(2))
                .bookings(List.of(
                    ExistingBooking.ofThisEventType(meeting("2026-03-09T09:00", NEW_YORK, 30), minutes(0), minutes(0)),
                    ExistingBooking.ofThisEventType(meeting("2026-03-09T10:00", NEW_YORK, 30), minutes(0), minutes(0))))
                .build(), 30, MONDAY_MAR_9, NEW_YORK, List.of())),
        argumentSet("other event types' bookings block time but do not count toward the limit",
            new Case(calendar(schedule(NEW_YORK, weekdays("09:00", "11:00")), event(30).dailyLimit(2))
                .bookings(List.of(
                    ExistingBooking.ofThisEventType(meeting("2026-03-09T09:00", NEW_YORK, 30), minutes(0), minutes(0)),
                    ExistingBooking.ofOtherEventType(meeting("2026-03-09T10:00", NEW_YORK, 30), minutes(0), minutes(0))))
                .build(), 30, MONDAY_MAR_9, NEW_YORK, times("2026-03-09", "09:30", "10:30"))),
        argumentSet("a weekly limit counts the ISO week, Monday first",
            new Case(calendar(schedule(NEW_YORK, everyDay("09:00", "10:00")), event(60).weeklyLimit(2))
                .bookings(List.of(
                    ExistingBooking.ofThisEventType(meeting("2026-03-08T09:00", NEW_YORK, 60), minutes(0), minutes(0)),
                    ExistingBooking.ofThisEventType(meeting("2026-03-10T09:00", NEW_YORK, 60), minutes(0), minutes(0))))
                .build(), 60, MONDAY_MAR_9, NEW_YORK, times("2026-03-09", "09:00"))),
        argumentSet("a weekly limit reached closes the whole week",
            new Case(calendar(schedule(NEW_YORK, everyDay("09:00", "10:00")), event(60).weeklyLimit(2))
                .bookings(List.of(
                    ExistingBooking.ofThisEventType(meeting("2026-03-10T09:00", NEW_YORK, 60), minutes(0), minutes(0)),
                    ExistingBooking.ofThisEventType(meeting("2026-03-15T09:00", NEW_YORK, 60), minutes(0), minutes(0))))
                .build(), 60, LocalDate.of(2026, 3, 12), NEW_YORK, List.of())),
        argumentSet("guest in another zone: slots grouped by the guest's date",
            new Case(calendar(schedule(BERLIN, weekdays("15:00", "17:00")), event(60)).build(), 60,
                LocalDate.of(2026, 3, 10), "Asia/Tokyo", times("2026-03-10", "00:00", "23:00"))),
        argumentSet("US spring forward: the grid steps in absolute time across the gap",
            new Case(calendar(schedule(NEW_YORK, List.of(available(SUNDAY, "01:00", "04:00"))), event(30)).build(),
                30, LocalDate.of(2026, 3, 8), NEW_YORK, times("2026-03-08", "01:00", "01:30", "03:00", "03:30"))),
        argumentSet("US fall back: the repeated hour is offered twice",
            new Case(calendar(schedule(NEW_YORK, List.of(available(SUNDAY, "00:00", "03:00"))), event(60)).build(),
                60, LocalDate.of(2026, 11, 1), NEW_YORK, times("2026-11-01", "00:00", "01:00", "01:00", "02:00"))),
        argumentSet("EU spring forward in Berlin",
            new Case(calendar(schedule(BERLIN, List.of(available(SUNDAY, "01:00", "04:00"))), event(60)).build(),
                60, LocalDate.of(2026, 3, 29), BERLIN, times("2026-03-29", "01:00", "03:00"))),
        argumentSet("EU fall back in Berlin seen from New York, where it is not a DST day",
            new Case(calendar(schedule(BERLIN, List.of(available(SUNDAY, "01:00", "04:00"))), event(60)).build(),
                60, LocalDate.of(2026, 10, 24), NEW_YORK, times("2026-10-24", "19:00", "20:00", "21:00", "22:00"))),
        argumentSet("overlapping windows of one date give no duplicate starts",
            new Case(calendar(schedule(NEW_YORK, List.of(available(SUNDAY, "01:00", "02:30"),
                available(SUNDAY, "03:00", "04:00"))), event(30)).build(), 30, LocalDate.of(2026, 3, 8), NEW_YORK,
                times("2026-03-08", "01:00", "01:30", "03:00", "03:30"))),
        argumentSet("Asia/Kathmandu, 45 minutes off the hour",
            new Case(calendar(schedule("Asia/Kathmandu", weekdays("09:00", "10:00")), event(30)).build(), 30,
                MONDAY_MAR_9, "UTC", times("2026-03-09", "03:15", "03:45"))),
        argumentSet("Asia/Kolkata seen from Kathmandu",
            new Case(calendar(schedule("Asia/Kolkata", weekdays("09:00", "10:00")), event(30)).build(), 30,
                MONDAY_MAR_9, "Asia/Kathmandu", times("2026-03-09", "09:15", "09:45"))));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void offeredSlotsFollowTheRules(Case given) {
    Slots slots = given.calendar().slots(minutes(given.durationMinutes()), given.date(), given.date(),
        zone(given.zone()));

    assertThat(local(slots.starts(), given.zone())).containsExactlyElementsOf(given.expected());
  }

  @ParameterizedTest
  @MethodSource("cases")
  void everyOfferedSlotIsBookableAndNoOtherGridStartIs(Case given) {
    Slots slots = given.calendar().slots(minutes(given.durationMinutes()), given.date(), given.date(),
        zone(given.zone()));
    for (Instant start : slots.starts()) {
      assertThat(given.calendar().check(start, minutes(given.durationMinutes())).isBookable())
          .as("offered %s is bookable", start).isTrue();
    }
    Instant dayStart = given.date().atStartOfDay(zone(given.zone())).toInstant();
    for (Instant start = dayStart; start.isBefore(dayStart.plusSeconds(86_400)); start = start.plusSeconds(300)) {
      assertThat(given.calendar().check(start, minutes(given.durationMinutes())).isBookable())
          .as("bookable %s is offered", start).isEqualTo(slots.contains(start));
    }
  }

  @Test
  void slotsAreGroupedByTheCallersLocalDate() {
    BookingCalendar calendar = calendar(schedule(BERLIN, weekdays("15:00", "17:00")), event(60)).build();

    Slots slots = calendar.slots(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 11), zone("Asia/Tokyo"));

    assertThat(slots.days()).extracting(SlotDay::date).containsExactly(LocalDate.of(2026, 3, 9),
        LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 11));
    assertThat(local(slots.days().get(0).starts(), "Asia/Tokyo")).containsExactly("2026-03-09T23:00");
    assertThat(local(slots.days().get(1).starts(), "Asia/Tokyo"))
        .containsExactly("2026-03-10T00:00", "2026-03-10T23:00");
  }

  @Test
  void aRangeGivesWhatItsDatesGiveOneByOne() {
    BookingCalendar calendar = calendar(schedule(NEW_YORK, weekdays("09:00", "17:00")),
        event(30).slotInterval(minutes(15)).bufferAfter(minutes(10)))
        .busyTimes(List.of(meeting("2026-03-10T11:00", NEW_YORK, 45), meeting("2026-03-12T16:00", NEW_YORK, 90)))
        .build();
    LocalDate from = LocalDate.of(2026, 3, 2);
    LocalDate to = LocalDate.of(2026, 3, 16);

    List<Instant> byDate = new ArrayList<>();
    for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
      byDate.addAll(calendar.slots(date, date, zone("Europe/London")).starts());
    }

    assertThat(calendar.slots(from, to, zone("Europe/London")).starts()).containsExactlyElementsOf(byDate);
  }

  @Test
  void aDayOfNineToFiveOnAFifteenMinuteGridOffersThirtyOneHalfHourSlots() {
    BookingCalendar calendar = calendar(schedule(NEW_YORK, weekdays("09:00", "17:00")),
        event(30).slotInterval(minutes(15))).build();

    Slots slots = calendar.slots(MONDAY_MAR_9, MONDAY_MAR_9, zone(NEW_YORK));

    assertThat(slots.size()).isEqualTo(31);
    assertThat(local(slots.starts(), NEW_YORK)).startsWith("2026-03-09T09:00").endsWith("2026-03-09T16:30");
  }
}
