package dev.slotwise.scheduling.benchmarks;

import dev.slotwise.scheduling.BookingCalendar;
import dev.slotwise.scheduling.BookingCheck;
import dev.slotwise.scheduling.ExistingBooking;
import dev.slotwise.scheduling.Interval;
import dev.slotwise.scheduling.RejectionReason;
import dev.slotwise.scheduling.SlotDay;
import dev.slotwise.scheduling.Slots;
import dev.slotwise.scheduling.benchmarks.SlotFixtures.Fixture;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What one API request costs the engine: build the {@link BookingCalendar} from inputs already loaded (schedule,
 * event type rules, bookings, busy time), then either list the slots and read every one of them, as the response
 * serialiser would, or check one requested start.
 *
 * <p>Run with {@code ./mvnw -pl scheduling-core -Pbenchmarks verify}; see {@code docs/benchmarks.md}.
 * Targets: {@link #thirtyDays} under 20 µs, {@link #bookingCheck} under 2 µs.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SlotBenchmarks {

  /** The host's inputs and the calendar one request would build from them. */
  abstract static class Request {
    Fixture fixture;
    ZoneId guestZone = SlotFixtures.GUEST_ZONE;

    void load(Fixture loaded, String name) {
      fixture = loaded;
      Slots slots = calendar().slots(fixture.from(), fixture.to(), guestZone);
      int days = slots.days().size();
      int bookingsOfThisType = (int) fixture.bookings().stream().filter(ExistingBooking::isOfThisEventType).count();
      System.err.printf("[%s] %s to %s in %s: %d bookings (%d of this event type), %d external busy intervals"
              + " -> %d slots on %d dates (first %s, last %s)%n", name, fixture.from(), fixture.to(), guestZone,
          fixture.bookings().size(), bookingsOfThisType, fixture.busyTimes().size(), slots.size(), days,
          slots.isEmpty() ? "-" : slots.starts().get(0),
          slots.isEmpty() ? "-" : slots.starts().get(slots.size() - 1));
      if (slots.isEmpty()) {
        throw new IllegalStateException(name + ": no slots offered; the fixture is wrong");
      }
    }

    BookingCalendar calendar() {
      return BookingCalendar.builder(fixture.schedule(), fixture.rules())
          .now(SlotFixtures.NOW)
          .bookings(fixture.bookings())
          .busyTimes(fixture.busyTimes())
          .build();
    }
  }

  /** 30 dates, 100 bookings and 100 external events; one bookable and one conflicting start to check. */
  @State(Scope.Benchmark)
  public static class ThirtyDays extends Request {
    Instant bookable;
    Instant conflicting;

    @Setup(Level.Trial)
    public void setUp() {
      load(SlotFixtures.thirtyDays(), "thirtyDays");
      Slots slots = calendar().slots(fixture.from(), fixture.to(), guestZone);
      // A start in the middle of the range, after both DST changes: the first slot from Wednesday 2026-11-04.
      Instant middle = Instant.parse("2026-11-04T00:00:00Z");
      bookable = slots.starts().stream().filter(start -> !start.isBefore(middle)).findFirst().orElseThrow();
      BookingCheck bookableCheck = calendar().check(bookable, SlotFixtures.MEETING);
      if (!bookableCheck.isBookable()) {
        throw new IllegalStateException("expected " + bookable + " to be bookable, got " + bookableCheck);
      }
      conflicting = conflictingStart(middle);
      BookingCheck rejected = calendar().check(conflicting, SlotFixtures.MEETING);
      System.err.printf("[bookingCheck] %s -> %s; [bookingCheckRejected] %s -> %s%n", bookable, bookableCheck,
          conflicting, rejected);
    }

    /**
     * An on-grid start inside working hours whose meeting overlaps another event type's booking, so the check
     * fails with {@link RejectionReason#CONFLICTS_WITH_BOOKING} and has to look for alternatives.
     */
    private Instant conflictingStart(Instant notBefore) {
      List<Interval> meetings = fixture.bookings().stream()
          .filter(booking -> !booking.isOfThisEventType())
          .map(ExistingBooking::meeting)
          .filter(meeting -> !meeting.start().isBefore(notBefore))
          .sorted(Comparator.comparing(Interval::start))
          .toList();
      for (Interval meeting : meetings) {
        ZonedDateTime local = meeting.start().atZone(SlotFixtures.HOST_ZONE);
        int minute = local.getHour() * 60 + local.getMinute();
        int onGrid = (minute + 14) / 15 * 15;
        Instant start = local.toLocalDate().atStartOfDay(SlotFixtures.HOST_ZONE).plusMinutes(onGrid).toInstant();
        if (start.isBefore(meeting.end())) {
          BookingCheck check = calendar().check(start, SlotFixtures.MEETING);
          if (check instanceof BookingCheck.Rejected rejected
              && rejected.reason() == RejectionReason.CONFLICTS_WITH_BOOKING
              && rejected.alternatives().size() == 3) {
            return start;
          }
        }
      }
      throw new IllegalStateException("no conflicting start found");
    }
  }

  /** 92 dates (the most a query may ask), 2,000 bookings and 500 external events. */
  @State(Scope.Benchmark)
  public static class NinetyTwoDays extends Request {
    @Setup(Level.Trial)
    public void setUp() {
      load(SlotFixtures.ninetyTwoDays(), "ninetyTwoDays");
    }
  }

  /** availableSlots over 30 dates: build the calendar, list the slots, read every date and instant. */
  @Benchmark
  public int thirtyDays(ThirtyDays request, Blackhole blackhole) {
    return readAll(request.calendar().slots(request.fixture.from(), request.fixture.to(), request.guestZone),
        blackhole);
  }

  /** availableSlots over 92 dates with a dense calendar. */
  @Benchmark
  public int ninetyTwoDays(NinetyTwoDays request, Blackhole blackhole) {
    return readAll(request.calendar().slots(request.fixture.from(), request.fixture.to(), request.guestZone),
        blackhole);
  }

  /** createBooking's check of a start that is offered. */
  @Benchmark
  public BookingCheck bookingCheck(ThirtyDays request) {
    return request.calendar().check(request.bookable, SlotFixtures.MEETING);
  }

  /** A start that overlaps a booking: the check finds the reason and three alternatives. Informative only. */
  @Benchmark
  public void bookingCheckRejected(ThirtyDays request, Blackhole blackhole) {
    BookingCheck check = request.calendar().check(request.conflicting, SlotFixtures.MEETING);
    BookingCheck.Rejected rejected = (BookingCheck.Rejected) check;
    blackhole.consume(rejected.reason());
    for (Instant alternative : rejected.alternatives()) {
      blackhole.consume(alternative);
    }
  }

  /** Reads the result as a response would: every date and every start. */
  private static int readAll(Slots slots, Blackhole blackhole) {
    int count = 0;
    for (SlotDay day : slots.days()) {
      blackhole.consume(day.date());
      for (Instant start : day.starts()) {
        blackhole.consume(start);
        count++;
      }
    }
    return count;
  }
}
