package dev.slotwise.scheduling;

import static dev.slotwise.scheduling.Fixtures.at;
import static dev.slotwise.scheduling.Fixtures.event;
import static dev.slotwise.scheduling.Fixtures.local;
import static dev.slotwise.scheduling.Fixtures.meeting;
import static dev.slotwise.scheduling.Fixtures.minutes;
import static dev.slotwise.scheduling.Fixtures.schedule;
import static dev.slotwise.scheduling.Fixtures.weekdays;
import static dev.slotwise.scheduling.RejectionReason.BUFFER_CONFLICT;
import static dev.slotwise.scheduling.RejectionReason.CONFLICTS_WITH_BOOKING;
import static dev.slotwise.scheduling.RejectionReason.CONFLICTS_WITH_BUSY_TIME;
import static dev.slotwise.scheduling.RejectionReason.INVALID_DURATION;
import static dev.slotwise.scheduling.RejectionReason.LIMIT_REACHED;
import static dev.slotwise.scheduling.RejectionReason.NOT_ON_GRID;
import static dev.slotwise.scheduling.RejectionReason.OUTSIDE_AVAILABILITY;
import static dev.slotwise.scheduling.RejectionReason.OUTSIDE_BOOKING_WINDOW;
import static dev.slotwise.scheduling.RejectionReason.TOO_SOON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Section 3 of the scheduling rules: each reason a start is refused, and their order when several hold. */
class BookingCheckTest {
  private static final String NY = "America/New_York";

  /**
   * New York, weekdays 09:00–17:00; 30 or 60 minutes on a 30-minute grid with 10-minute buffers each side, an hour
   * of notice, 14 rolling days, one booking a day. It is Monday 2026-03-09 08:30. Tuesday holds a booking of this
   * event type at 10:00–10:30, so Tuesday's limit is reached, and busy time 14:00–15:00.
   */
  private static final BookingCalendar CALENDAR = BookingCalendar.builder(schedule(NY, weekdays("09:00", "17:00")),
          event(30, 60).bufferBefore(minutes(10)).bufferAfter(minutes(10)).minimumNotice(minutes(60))
              .bookingWindow(BookingWindow.rollingDays(14)).dailyLimit(1).build())
      .now(at("2026-03-09T08:30", NY))
      .bookings(List.of(ExistingBooking.ofThisEventType(meeting("2026-03-10T10:00", NY, 30), minutes(10),
          minutes(10))))
      .busyTimes(List.of(meeting("2026-03-10T14:00", NY, 60)))
      .build();

  static Stream<Arguments> refusals() {
    return Stream.of(
        argumentSet("a duration the event type does not offer", "2026-03-11T11:00", 45, INVALID_DURATION),
        argumentSet("an invalid duration comes before everything else", "2026-05-30T03:00", 45, INVALID_DURATION),
        argumentSet("a date past the rolling window", "2026-03-24T09:00", 30, OUTSIDE_BOOKING_WINDOW),
        argumentSet("the window comes before availability", "2026-03-28T03:00", 30, OUTSIDE_BOOKING_WINDOW),
        argumentSet("sooner than the notice", "2026-03-09T09:00", 30, TOO_SOON),
        argumentSet("in the past", "2026-03-02T09:00", 30, TOO_SOON),
        argumentSet("notice comes before availability", "2026-03-09T08:45", 30, TOO_SOON),
        argumentSet("after hours", "2026-03-11T18:00", 30, OUTSIDE_AVAILABILITY),
        argumentSet("a meeting that runs past the end of the day", "2026-03-11T16:30", 60, OUTSIDE_AVAILABILITY),
        argumentSet("availability comes before the grid", "2026-03-11T16:50", 30, OUTSIDE_AVAILABILITY),
        argumentSet("inside the availability, off the grid", "2026-03-11T11:15", 30, NOT_ON_GRID),
        argumentSet("the grid comes before conflicts", "2026-03-10T10:15", 30, NOT_ON_GRID),
        argumentSet("the meeting overlaps a booking", "2026-03-10T10:00", 30, CONFLICTS_WITH_BOOKING),
        argumentSet("a longer meeting reaching into a booking", "2026-03-10T09:30", 60, CONFLICTS_WITH_BOOKING),
        argumentSet("the meeting overlaps busy time", "2026-03-10T14:30", 30, CONFLICTS_WITH_BUSY_TIME),
        argumentSet("only our buffer after meets the booking's buffer before", "2026-03-10T09:30", 30,
            BUFFER_CONFLICT),
        argumentSet("only our buffer before meets the booking's buffer after", "2026-03-10T10:30", 30,
            BUFFER_CONFLICT),
        argumentSet("only our buffer before meets busy time", "2026-03-10T15:00", 30, BUFFER_CONFLICT),
        argumentSet("conflicts come before the limit", "2026-03-10T11:00", 30, LIMIT_REACHED),
        argumentSet("the day's limit is reached", "2026-03-10T16:00", 30, LIMIT_REACHED));
  }

  @ParameterizedTest
  @MethodSource("refusals")
  void refusesWithTheFirstBrokenRule(String localStart, int durationMinutes, RejectionReason reason) {
    BookingCheck check = CALENDAR.check(at(localStart, NY), minutes(durationMinutes));

    assertThat(check).isInstanceOfSatisfying(BookingCheck.Rejected.class,
        rejected -> assertThat(rejected.reason()).isEqualTo(reason));
  }

  @Test
  void aFreeStartOnTheGridIsBookable() {
    assertThat(CALENDAR.check(at("2026-03-11T11:00", NY), minutes(60))).isEqualTo(new BookingCheck.Bookable());
  }

  @Test
  void theMeetingItselfOverlappingABookingComesBeforeBusyTime() {
    BookingCalendar calendar = BookingCalendar.builder(schedule(NY, weekdays("09:00", "17:00")), event(60).build())
        .now(at("2026-03-01T00:00", NY))
        .bookings(List.of(ExistingBooking.ofOtherEventType(meeting("2026-03-10T10:30", NY, 30), minutes(0),
            minutes(0))))
        .busyTimes(List.of(meeting("2026-03-10T10:00", NY, 30)))
        .build();

    assertThat(calendar.check(at("2026-03-10T10:00", NY), minutes(60)))
        .isEqualTo(new BookingCheck.Rejected(CONFLICTS_WITH_BOOKING, List.of(at("2026-03-10T09:00", NY),
            at("2026-03-10T11:00", NY), at("2026-03-10T12:00", NY))));
  }

  @Test
  void alternativesAreTheThreeNearestOfferedStartsTiesToTheEarlier() {
    BookingCalendar calendar = BookingCalendar.builder(schedule(NY, weekdays("09:00", "17:00")), event(30).build())
        .now(at("2026-03-01T00:00", NY))
        .bookings(List.of(ExistingBooking.ofOtherEventType(meeting("2026-03-10T10:00", NY, 60), minutes(0),
            minutes(0))))
        .build();

    // 09:30 and 11:00 are 45 minutes away; 09:00 and 11:30 are 75 minutes away, and the earlier wins the tie.
    BookingCheck check = calendar.check(at("2026-03-10T10:15", NY), minutes(30));

    assertThat(check).isInstanceOfSatisfying(BookingCheck.Rejected.class, rejected -> {
      assertThat(rejected.reason()).isEqualTo(NOT_ON_GRID);
      assertThat(local(rejected.alternatives(), NY))
          .containsExactly("2026-03-10T09:00", "2026-03-10T09:30", "2026-03-10T11:00");
    });
  }

  @Test
  void alternativesForAnInvalidDurationUseTheDefaultDuration() {
    BookingCalendar calendar = BookingCalendar.builder(schedule(NY, weekdays("09:00", "10:00")),
            event(30, 60).defaultDuration(minutes(60)).build())
        .now(at("2026-03-01T00:00", NY)).build();

    BookingCheck check = calendar.check(at("2026-03-10T09:00", NY), minutes(45));

    assertThat(check).isEqualTo(new BookingCheck.Rejected(INVALID_DURATION, List.of(at("2026-03-09T09:00", NY),
        at("2026-03-10T09:00", NY), at("2026-03-11T09:00", NY))));
  }

  @Test
  void alternativesReachFurtherWhenTheWeekIsFull() {
    BookingCalendar calendar = BookingCalendar.builder(schedule(NY, weekdays("09:00", "10:00")),
            event(60).bookingWindow(BookingWindow.between(LocalDate.of(2026, 4, 20), LocalDate.of(2026, 4, 21)))
                .build())
        .now(at("2026-03-01T00:00", NY)).build();

    BookingCheck check = calendar.check(at("2026-03-10T09:00", NY), minutes(60));

    assertThat(check).isEqualTo(new BookingCheck.Rejected(OUTSIDE_BOOKING_WINDOW,
        List.of(at("2026-04-20T09:00", NY), at("2026-04-21T09:00", NY))));
  }

  @Test
  void noAlternativesWhenNothingIsOfferedNearby() {
    BookingCalendar calendar = BookingCalendar.builder(schedule(NY, List.of()), event(30).build())
        .now(at("2026-03-01T00:00", NY)).build();

    assertThat(calendar.check(at("2026-03-10T09:00", NY), minutes(30)))
        .isEqualTo(new BookingCheck.Rejected(OUTSIDE_AVAILABILITY, List.of()));
  }
}
