package dev.slotwise.scheduling.benchmarks;

import dev.slotwise.scheduling.BookingWindow;
import dev.slotwise.scheduling.EventTypeRules;
import dev.slotwise.scheduling.ExistingBooking;
import dev.slotwise.scheduling.Interval;
import dev.slotwise.scheduling.Schedule;
import dev.slotwise.scheduling.TimeWindow;
import dev.slotwise.scheduling.WeeklyRule;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Deterministic, seeded inputs for {@link SlotBenchmarks}: what an API request would have loaded from the
 * database before it asks the engine anything. Nothing here is measured.
 *
 * <p>The host works Monday to Friday 09:00–17:00 in America/New_York; the guest asks in Europe/Berlin. The query
 * ranges start on 2026-10-20 and cross both Berlin's DST end (2026-10-25) and the US one (2026-11-01).
 */
final class SlotFixtures {
  static final ZoneId HOST_ZONE = ZoneId.of("America/New_York");
  static final ZoneId GUEST_ZONE = ZoneId.of("Europe/Berlin");
  /** The moment the requests are answered at: Monday 2026-10-19, 09:00 in New York. */
  static final Instant NOW = Instant.parse("2026-10-19T13:00:00Z");
  static final Duration MEETING = Duration.ofMinutes(30);
  static final Duration GRID = Duration.ofMinutes(15);
  static final Duration BUFFER_BEFORE = Duration.ofMinutes(5);
  static final Duration BUFFER_AFTER = Duration.ofMinutes(10);

  static final LocalDate FROM = LocalDate.of(2026, 10, 20);
  /** 30 local dates, 2026-10-20 to 2026-11-18 inclusive. */
  static final LocalDate TO_30 = FROM.plusDays(29);
  /** 92 local dates (the most one query may ask), 2026-10-20 to 2027-01-19 inclusive. */
  static final LocalDate TO_92 = FROM.plusDays(91);

  private static final LocalTime WORK_START = LocalTime.of(9, 0);
  private static final LocalTime WORK_END = LocalTime.of(17, 0);
  private static final int[] OTHER_MEETING_MINUTES = {15, 30, 30, 30, 45, 60, 60, 90, 120};
  private static final int[] DENSE_MEETING_MINUTES = {15, 30, 30, 45, 60};
  private static final int[] BUSY_MINUTES = {15, 30, 45, 60, 60, 90, 120};
  private static final int[] BUFFER_MINUTES = {0, 0, 5, 10, 15};

  /** The inputs of one request. */
  record Fixture(Schedule schedule, EventTypeRules rules, List<ExistingBooking> bookings, List<Interval> busyTimes,
      LocalDate from, LocalDate to) {}

  private SlotFixtures() {}

  /** The host's default schedule: Monday to Friday 09:00–17:00 New York time, in force all of 2026 and 2027. */
  static Schedule schedule() {
    List<WeeklyRule> rules = new ArrayList<>();
    for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
        DayOfWeek.FRIDAY)) {
      rules.add(WeeklyRule.available(day, TimeWindow.of("09:00", "17:00"), LocalDate.of(2026, 1, 1),
          LocalDate.of(2027, 12, 31)));
    }
    return Schedule.of(HOST_ZONE, rules, List.of());
  }

  /** 30-minute meetings on a 15-minute grid, 5 minutes' buffer before and 10 after, 4 hours' notice. */
  static EventTypeRules rules() {
    return EventTypeRules.builder()
        .durations(MEETING)
        .slotInterval(GRID)
        .bufferBefore(BUFFER_BEFORE)
        .bufferAfter(BUFFER_AFTER)
        .minimumNotice(Duration.ofHours(4))
        .bookingWindow(BookingWindow.rollingDays(180))
        .build();
  }

  /**
   * 30 dates, 200 busy intervals: 100 bookings inside working hours (their blocked ranges never overlap, as the
   * database's exclusion constraint guarantees; 40 of this event type, 60 of others with their own lengths and
   * buffers) and 100 external calendar events anywhere from 06:00 to 22:00 on any day, overlapping freely.
   */
  static Fixture thirtyDays() {
    Random random = new Random(20261020L);
    List<LocalDate> workdays = workdays(FROM.minusDays(1), TO_30.plusDays(1));
    List<ExistingBooking> bookings = bookingsInWorkingHours(random, workdays, 100, 40);
    List<Interval> busy = externalBusy(random, FROM.minusDays(1), TO_30.plusDays(1), 100);
    return fixture(bookings, busy, TO_30);
  }

  /**
   * 92 dates, 2,500 busy intervals: 2,000 bookings packed around the clock (a host whose other event types and
   * schedules fill nights and weekends too; blocked ranges never overlap, about 70% of all time is blocked) and
   * 500 external events from 06:00 to 22:00.
   */
  static Fixture ninetyTwoDays() {
    Random random = new Random(20270119L);
    Instant spanStart = ZonedDateTime.of(FROM.minusDays(1), LocalTime.MIDNIGHT, HOST_ZONE).toInstant();
    Instant spanEnd = ZonedDateTime.of(TO_92.plusDays(2), LocalTime.MIDNIGHT, HOST_ZONE).toInstant();
    List<ExistingBooking> bookings = packedBookings(random, spanStart, spanEnd, 2_000, 600, DENSE_MEETING_MINUTES);
    List<Interval> busy = externalBusy(random, FROM.minusDays(1), TO_92.plusDays(1), 500);
    return fixture(bookings, busy, TO_92);
  }

  private static Fixture fixture(List<ExistingBooking> bookings, List<Interval> busy, LocalDate to) {
    // Rows come back from the database in no useful order.
    Collections.shuffle(bookings, new Random(bookings.size()));
    Collections.shuffle(busy, new Random(busy.size()));
    return new Fixture(schedule(), rules(), List.copyOf(bookings), List.copyOf(busy), FROM, to);
  }

  private static List<LocalDate> workdays(LocalDate first, LocalDate last) {
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
      if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
        days.add(day);
      }
    }
    return days;
  }

  /** Bookings spread at random over the workdays, each day's packed into 09:00–17:00 with random gaps. */
  private static List<ExistingBooking> bookingsInWorkingHours(Random random, List<LocalDate> days, int count,
      int ofThisType) {
    long dayMinutes = Duration.between(WORK_START, WORK_END).toMinutes();
    List<List<Spec>> perDay = new ArrayList<>();
    long[] used = new long[days.size()];
    for (int i = 0; i < days.size(); i++) {
      perDay.add(new ArrayList<>());
    }
    for (int i = 0; i < count; i++) {
      Spec spec = i < ofThisType ? Spec.thisType() : Spec.other(random, OTHER_MEETING_MINUTES);
      int day = random.nextInt(days.size());
      // Keep a day at most 85% booked so it still has gaps; move on to the next day otherwise.
      while (used[day] + spec.blockedMinutes() > dayMinutes * 85 / 100) {
        day = (day + 1) % days.size();
      }
      used[day] += spec.blockedMinutes();
      perDay.get(day).add(spec);
    }
    List<ExistingBooking> bookings = new ArrayList<>();
    for (int i = 0; i < days.size(); i++) {
      Instant open = ZonedDateTime.of(days.get(i), WORK_START, HOST_ZONE).toInstant();
      Instant close = ZonedDateTime.of(days.get(i), WORK_END, HOST_ZONE).toInstant();
      Collections.shuffle(perDay.get(i), random);
      bookings.addAll(place(random, open, close, perDay.get(i)));
    }
    return bookings;
  }

  /** {@code count} bookings packed one after another over a span, with random gaps between blocked ranges. */
  private static List<ExistingBooking> packedBookings(Random random, Instant start, Instant end, int count,
      int ofThisType, int[] meetingMinutes) {
    List<Spec> specs = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      specs.add(i < ofThisType ? Spec.thisType() : Spec.other(random, meetingMinutes));
    }
    Collections.shuffle(specs, random);
    return place(random, start, end, specs);
  }

  /**
   * Lays the bookings out in order in {@code [open, close)} so that blocked ranges never overlap: the free time
   * is cut at random into gaps (in 5-minute steps) before, between and after them.
   */
  private static List<ExistingBooking> place(Random random, Instant open, Instant close, List<Spec> specs) {
    long freeMinutes = Duration.between(open, close).toMinutes();
    for (Spec spec : specs) {
      freeMinutes -= spec.blockedMinutes();
    }
    if (freeMinutes < 0) {
      throw new IllegalStateException("bookings do not fit between " + open + " and " + close);
    }
    double[] weights = new double[specs.size() + 1];
    double total = 0;
    for (int i = 0; i < weights.length; i++) {
      weights[i] = -Math.log(1 - random.nextDouble());
      total += weights[i];
    }
    List<ExistingBooking> bookings = new ArrayList<>();
    Instant cursor = open;
    for (int i = 0; i < specs.size(); i++) {
      long gap = (long) (freeMinutes * weights[i] / total) / 5 * 5;
      Spec spec = specs.get(i);
      Instant meetingStart = cursor.plus(Duration.ofMinutes(gap + spec.before));
      Interval meeting = Interval.ofLength(meetingStart, Duration.ofMinutes(spec.meeting));
      Duration before = Duration.ofMinutes(spec.before);
      Duration after = Duration.ofMinutes(spec.after);
      bookings.add(spec.ofThisType
          ? ExistingBooking.ofThisEventType(meeting, before, after)
          : ExistingBooking.ofOtherEventType(meeting, before, after));
      cursor = meeting.end().plus(after);
    }
    if (cursor.isAfter(close)) {
      throw new IllegalStateException("placement overran " + close);
    }
    return bookings;
  }

  /** External events (15–120 minutes) starting between 06:00 and 22:00 on any date; they may overlap. */
  private static List<Interval> externalBusy(Random random, LocalDate first, LocalDate last, int count) {
    int dates = (int) (last.toEpochDay() - first.toEpochDay()) + 1;
    List<Interval> busy = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      LocalDate date = first.plusDays(random.nextInt(dates));
      LocalTime start = LocalTime.of(6, 0).plusMinutes(5L * random.nextInt(16 * 12));
      int minutes = BUSY_MINUTES[random.nextInt(BUSY_MINUTES.length)];
      busy.add(Interval.ofLength(ZonedDateTime.of(date, start, HOST_ZONE).toInstant(), Duration.ofMinutes(minutes)));
    }
    return busy;
  }

  /** A booking to place: meeting length and its event type's buffers, in minutes. */
  private record Spec(boolean ofThisType, int meeting, int before, int after) {
    static Spec thisType() {
      return new Spec(true, (int) MEETING.toMinutes(), (int) BUFFER_BEFORE.toMinutes(),
          (int) BUFFER_AFTER.toMinutes());
    }

    static Spec other(Random random, int[] meetingMinutes) {
      return new Spec(false, meetingMinutes[random.nextInt(meetingMinutes.length)],
          BUFFER_MINUTES[random.nextInt(BUFFER_MINUTES.length)], BUFFER_MINUTES[random.nextInt(BUFFER_MINUTES.length)]);
    }

    long blockedMinutes() {
      return before + meeting + after;
    }
  }
}
