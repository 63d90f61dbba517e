package dev.slotwise.scheduling;

import dev.slotwise.scheduling.internal.Nanos;
import dev.slotwise.scheduling.internal.Ranges;
import dev.slotwise.scheduling.internal.ZoneTimeline;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * One event type's calendar at one moment: its host's schedule and existing bookings, other busy time, and the
 * clock. It answers which slots are {@linkplain #slots offered} and whether a start is
 * {@linkplain #check bookable}, by one set of rules, so a start is bookable exactly when it is offered.
 *
 * <p>A candidate start {@code s} with duration {@code d} is offered when all of these hold:
 * <ul>
 *   <li>it is on the grid: {@code a + k × slotInterval} for one of a local date's windows {@code [a, b)}, with
 *       {@code s < b}, stepping in absolute time;</li>
 *   <li>{@code [s, s + d)} lies inside the availability, where windows that touch merge;</li>
 *   <li>{@code s ≥ now + minimumNotice};</li>
 *   <li>s's local date in the host's zone is inside the booking window;</li>
 *   <li>its blocked range {@code [s − bufferBefore, s + d + bufferAfter)} meets neither another booking's
 *       blocked range nor other busy time;</li>
 *   <li>fewer bookings of this event type than the daily (weekly) limit start on s's local date (ISO week) in
 *       the host's zone.</li>
 * </ul>
 *
 * <p>Work is linear in the candidates and busy intervals: busy time is merged once, and the candidates, being
 * sorted, walk it with a cursor. Time-zone rules are consulted once per query, not per candidate.
 *
 * <p>Immutable and thread-safe. Made with {@link #builder(Schedule, EventTypeRules)}.
 */
public final class BookingCalendar {
  /** The most local dates one slots query may cover. */
  public static final int MAX_QUERY_DATES = 92;

  private static final long[] ALTERNATIVE_RADII_DAYS = {7, 31, 92};
  private static final int ALTERNATIVES = 3;

  private final Schedule schedule;
  private final EventTypeRules rules;
  private final ZoneId hostZone;
  private final Instant now;
  private final List<ExistingBooking> bookings;
  private final List<Interval> busyTimes;

  private final long earliestStart;
  private final long firstDay;
  private final long lastDay;
  private final long step;
  private final long bufferBefore;
  private final long bufferAfter;
  /** Bookings' blocked ranges and other busy time, merged; made on first use, since only listings need it. */
  private volatile long[] blocked;
  /** Sorted local dates (host's zone) on which this event type's bookings start; empty without limits. */
  private final long[] limitedDays;

  private BookingCalendar(Builder builder) {
    schedule = Require.notNull("schedule", builder.schedule);
    rules = Require.notNull("rules", builder.rules);
    hostZone = TimeZones.require("hostZone", builder.hostZone == null ? schedule.zone() : builder.hostZone);
    long nowNanos = Require.instant("now", builder.now);
    now = builder.now;
    bookings = Require.elements("bookings", builder.bookings);
    busyTimes = Require.elements("busyTimes", builder.busyTimes);

    earliestStart = nowNanos + rules.minimumNotice().toNanos();
    long today = LocalDate.ofInstant(now, hostZone).toEpochDay();
    firstDay = rules.bookingWindow().firstDay(today);
    lastDay = rules.bookingWindow().lastDay(today);
    step = rules.slotInterval().toNanos();
    bufferBefore = rules.bufferBefore().toNanos();
    bufferAfter = rules.bufferAfter().toNanos();
    limitedDays = rules.dailyLimit().isPresent() || rules.weeklyLimit().isPresent()
        ? startDaysOfThisEventType(bookings, hostZone)
        : Ranges.EMPTY;
  }

  /**
   * A builder for the calendar of an event type that uses the given schedule.
   *
   * @param schedule the host's schedule the event type uses
   * @param rules the event type's rules
   * @return a new builder
   */
  public static Builder builder(Schedule schedule, EventTypeRules rules) {
    return new Builder(schedule, rules);
  }

  /** {@return the schedule the event type uses} */
  public Schedule schedule() {
    return schedule;
  }

  /** {@return the event type's rules} */
  public EventTypeRules rules() {
    return rules;
  }

  /** {@return the zone in which the booking window and limits count dates} */
  public ZoneId hostZone() {
    return hostZone;
  }

  /** {@return the moment the calendar answers for} */
  public Instant now() {
    return now;
  }

  /**
   * The offered slots of the default duration whose starts fall on the local dates {@code from} to {@code to},
   * both inclusive, in {@code zone}.
   *
   * @param from the first local date
   * @param to the last local date, at most 91 days after from
   * @param zone the zone the dates are in, usually the guest's
   * @return the slots, grouped by local date in that zone
   * @throws SchedulingInputException if the range or zone is invalid
   */
  public Slots slots(LocalDate from, LocalDate to, ZoneId zone) {
    return slots(rules.defaultDuration(), from, to, zone);
  }

  /**
   * The offered slots of a duration whose starts fall on the local dates {@code from} to {@code to}, both
   * inclusive, in {@code zone}.
   *
   * @param duration one of the event type's durations
   * @param from the first local date
   * @param to the last local date, at most 91 days after from
   * @param zone the zone the dates are in, usually the guest's
   * @return the slots, grouped by local date in that zone
   * @throws SchedulingInputException if the duration is not offered, or the range or zone is invalid
   */
  public Slots slots(Duration duration, LocalDate from, LocalDate to, ZoneId zone) {
    Require.notNull("duration", duration);
    if (!rules.offers(duration)) {
      throw new SchedulingInputException("duration", "must be one of the event type's durations "
          + rules.durations().stream().map(Require::describe).toList(), Require.describe(duration));
    }
    Require.notNull("from", from);
    Require.notNull("to", to);
    TimeZones.require("timeZone", zone);
    if (to.isBefore(from)) {
      throw new SchedulingInputException("to", "must not be before from " + from, to);
    }
    long dates = ChronoUnit.DAYS.between(from, to) + 1;
    if (dates > MAX_QUERY_DATES) {
      throw new SchedulingInputException("to", "must be at most " + MAX_QUERY_DATES + " local dates from " + from
          + " inclusive", to + " (" + dates + " dates)");
    }
    long fromDay = from.toEpochDay();
    long toDay = to.toEpochDay();
    if (fromDay * Nanos.PER_DAY < Nanos.of(Nanos.MIN) + 2 * Nanos.PER_DAY
        || (toDay + 2) * Nanos.PER_DAY > Nanos.of(Nanos.MAX) - 2 * Nanos.PER_DAY) {
      throw new SchedulingInputException("from", "must be after 1900-01-02 and to before 2199-12-29", from);
    }
    ZoneTimeline guest = ZoneTimeline.covering(zone, (fromDay - 2) * Nanos.PER_DAY, (toDay + 3) * Nanos.PER_DAY);
    // Where clocks go back across midnight, the last date's instants run on past the next date's start.
    long low = guest.startOfDay(fromDay);
    long high = guest.startOfDay(toDay + 1) + guest.dateSetBack();
    Collected slots = new Collected(true);
    new Span(low, high).forEachOffered(duration.toNanos(), low, high, start -> {
      long date = guest.localDate(start);
      if (date >= fromDay && date <= toDay) {
        slots.add(start, date);
      }
    });
    return new Slots(duration, zone, slots.starts(), slots.dates());
  }

  /**
   * Whether a meeting starting at {@code start} and lasting {@code duration} may be booked now: exactly when
   * {@link #slots} would offer it. If not, the first broken rule in {@link RejectionReason}'s order, with up to
   * three offered starts of the same duration nearest the requested one.
   *
   * @param start the requested start
   * @param duration the requested length
   * @return {@link BookingCheck.Bookable} or {@link BookingCheck.Rejected}
   * @throws SchedulingInputException if an argument is null or the start is outside the supported range
   */
  public BookingCheck check(Instant start, Duration duration) {
    long requested = Require.instant("start", start);
    Require.notNull("duration", duration);
    if (!rules.offers(duration)) {
      // No slot has an invalid length, so the nearest slots of the default length are the useful suggestion.
      return new BookingCheck.Rejected(RejectionReason.INVALID_DURATION,
          alternatives(requested, rules.defaultDuration().toNanos()));
    }
    long length = duration.toNanos();
    Span span = new Span(requested, requested + 1);
    RejectionReason broken = span.firstBrokenRule(requested, length, span.isOnGrid(requested), null);
    if (broken == null) {
      return new BookingCheck.Bookable();
    }
    return new BookingCheck.Rejected(broken, alternatives(requested, length));
  }

  /** Offered starts in {@code [low, high)}, sorted and distinct. */
  private long[] offered(long length, long low, long high) {
    Collected offered = new Collected(false);
    new Span(low, high).forEachOffered(length, low, high, start -> offered.add(start, 0));
    return offered.starts();
  }

  /** A growable list of starts, and of their dates if asked for, without boxing. */
  private static final class Collected {
    private long[] starts = new long[64];
    private long[] dates;
    private int size;

    Collected(boolean withDates) {
      dates = withDates ? new long[64] : null;
    }

    void add(long start, long date) {
      if (size == starts.length) {
        starts = Arrays.copyOf(starts, size * 2);
        dates = dates == null ? null : Arrays.copyOf(dates, size * 2);
      }
      starts[size] = start;
      if (dates != null) {
        dates[size] = date;
      }
      size++;
    }

    long[] starts() {
      return Arrays.copyOf(starts, size);
    }

    long[] dates() {
      return Arrays.copyOf(dates, size);
    }
  }

  /**
   * The conflict a meeting makes, by one pass over the bookings and busy time: its own time overlapping a booking's
   * meeting, else overlapping busy time, else only its blocked range meeting a booking's or busy time; or null.
   */
  private RejectionReason conflictOf(long start, long length) {
    long end = start + length;
    long blockedFrom = start - bufferBefore;
    long blockedTo = end + bufferAfter;
    boolean buffersMeet = false;
    for (ExistingBooking booking : bookings) {
      Interval meeting = booking.meeting();
      if (meeting.startNanos() < end && start < meeting.endNanos()) {
        return RejectionReason.CONFLICTS_WITH_BOOKING;
      }
      buffersMeet |= booking.blockedStart() < blockedTo && blockedFrom < booking.blockedEnd();
    }
    for (Interval busy : busyTimes) {
      if (busy.startNanos() < end && start < busy.endNanos()) {
        return RejectionReason.CONFLICTS_WITH_BUSY_TIME;
      }
      buffersMeet |= busy.startNanos() < blockedTo && blockedFrom < busy.endNanos();
    }
    return buffersMeet ? RejectionReason.BUFFER_CONFLICT : null;
  }

  private long[] blocked() {
    long[] merged = blocked;
    if (merged == null) {
      // Computing it twice in a race gives the same array contents, so no lock is needed.
      merged = mergeBlocked(bookings, busyTimes);
      blocked = merged;
    }
    return merged;
  }

  /** Up to three offered starts nearest {@code requested}, ties to the earlier, in order of time. */
  private List<Instant> alternatives(long requested, long length) {
    long[] found = Ranges.EMPTY;
    for (long radiusDays : ALTERNATIVE_RADII_DAYS) {
      long low = Math.max(requested - radiusDays * Nanos.PER_DAY, Nanos.of(Nanos.MIN) + 8 * Nanos.PER_DAY);
      long high = Math.min(requested + radiusDays * Nanos.PER_DAY, Nanos.of(Nanos.MAX) - 8 * Nanos.PER_DAY);
      if (low >= high) {
        break;
      }
      // Any start outside the radius is farther than every start inside it, so three found here are the nearest.
      found = offered(length, low, high);
      if (found.length >= ALTERNATIVES) {
        break;
      }
    }
    int after = Arrays.binarySearch(found, requested);
    after = after >= 0 ? after : -after - 1;
    int before = after - 1;
    List<Instant> nearest = new ArrayList<>(ALTERNATIVES);
    while (nearest.size() < ALTERNATIVES && (before >= 0 || after < found.length)) {
      boolean takeEarlier = after >= found.length
          || (before >= 0 && requested - found[before] <= found[after] - requested);
      nearest.add(Nanos.toInstant(takeEarlier ? found[before--] : found[after++]));
    }
    nearest.sort(null);
    return nearest;
  }

  private boolean limitReached(long day) {
    if (rules.dailyLimit().isPresent() && countDays(day, day) >= rules.dailyLimit().getAsInt()) {
      return true;
    }
    if (rules.weeklyLimit().isPresent()) {
      long monday = day - Math.floorMod(day + 3, 7L);
      return countDays(monday, monday + 6) >= rules.weeklyLimit().getAsInt();
    }
    return false;
  }

  private int countDays(long firstDayIncluded, long lastDayIncluded) {
    return lowerBound(limitedDays, lastDayIncluded + 1) - lowerBound(limitedDays, firstDayIncluded);
  }

  private static int lowerBound(long[] sorted, long value) {
    int found = Arrays.binarySearch(sorted, value);
    if (found < 0) {
      return -found - 1;
    }
    while (found > 0 && sorted[found - 1] == value) {
      found--;
    }
    return found;
  }

  /**
   * Bookings' blocked ranges united with busy time. Each list usually arrives sorted (as a database returns it),
   * so each is merged on its own without sorting, and the two results are united in one linear pass.
   */
  private static long[] mergeBlocked(List<ExistingBooking> bookings, List<Interval> busyTimes) {
    long[] starts = new long[bookings.size()];
    long[] ends = new long[bookings.size()];
    for (int i = 0; i < starts.length; i++) {
      starts[i] = bookings.get(i).blockedStart();
      ends[i] = bookings.get(i).blockedEnd();
    }
    long[] booked = Ranges.normalize(starts, ends, starts.length);
    starts = new long[busyTimes.size()];
    ends = new long[busyTimes.size()];
    for (int i = 0; i < starts.length; i++) {
      starts[i] = busyTimes.get(i).startNanos();
      ends[i] = busyTimes.get(i).endNanos();
    }
    return Ranges.union(booked, Ranges.normalize(starts, ends, starts.length));
  }

  private static long[] startDaysOfThisEventType(List<ExistingBooking> bookings, ZoneId zone) {
    long[] starts = bookings.stream().filter(ExistingBooking::isOfThisEventType)
        .mapToLong(booking -> booking.meeting().startNanos()).sorted().toArray();
    if (starts.length == 0) {
      return starts;
    }
    ZoneTimeline timeline = ZoneTimeline.covering(zone, starts[0], starts[starts.length - 1]);
    long[] days = new long[starts.length];
    for (int i = 0; i < starts.length; i++) {
      days[i] = timeline.localDate(starts[i]);
    }
    Arrays.sort(days);
    return days;
  }

  /** Where a walk over sorted candidates stands in the availability and the blocked time. */
  private static final class Cursor {
    int availability;
    int blocked;
  }

  /**
   * The host's windows and availability around a span of instants. Candidates come from the windows of every
   * local date that can reach into the span; the availability reaches further, to cover the longest meeting.
   */
  private final class Span {
    /** Dates in the host's zone, for the booking window and the limits. */
    private final ZoneTimeline host;
    private final long[] availability;
    private final WindowBuffer gridWindows = new WindowBuffer();
    /** Whether the grid's windows are sorted and disjoint, so their starts come out sorted and distinct. */
    private final boolean gridInOrder;
    /**
     * The booking window as instants, {@code [first, last)}, when local dates follow time order in the span, so a
     * listing need not work out each candidate's date; otherwise {@code windowByInstant} is false.
     */
    private final boolean windowByInstant;
    private final long windowFirst;
    private final long windowLast;

    Span(long low, long high) {
      long from = low - 6 * Nanos.PER_DAY;
      long to = high + 6 * Nanos.PER_DAY;
      // The schedule's local times are read in the schedule's own zone, which need not be the host's.
      ZoneTimeline local = ZoneTimeline.covering(schedule.zone(), from, to);
      host = hostZone.equals(schedule.zone()) ? local : ZoneTimeline.covering(hostZone, from, to);
      // A date's windows lie between its own start and a day past its end, even where a gap moves them forward,
      // and dates step back at most one where clocks go back: three dates of margin catch every candidate, and
      // one more each side covers a meeting of up to twelve hours.
      long firstGridDay = local.localDate(low) - 3;
      long lastGridDay = local.localDate(high) + 2;
      WindowBuffer all = new WindowBuffer();
      for (long day = firstGridDay - 1; day <= lastGridDay + 1; day++) {
        int before = all.size();
        schedule.appendWindows(day, local, all);
        if (day >= firstGridDay && day <= lastGridDay) {
          for (int i = before; i < all.size(); i++) {
            gridWindows.add(all.start(i), all.end(i));
          }
        }
      }
      availability = all.union();
      boolean inOrder = true;
      for (int w = 1; w < gridWindows.size() && inOrder; w++) {
        inOrder = gridWindows.end(w - 1) <= gridWindows.start(w);
      }
      gridInOrder = inOrder;
      windowByInstant = host.dateSetBack() == 0;
      // Bounds far outside the span are open; that also keeps extreme dates (LocalDate.MAX) from overflowing.
      // Four dates cover any candidate, even with host and schedule zones 26 hours apart.
      windowFirst = firstDay <= firstGridDay - 4 ? Long.MIN_VALUE : host.startOfDay(firstDay);
      windowLast = lastDay >= lastGridDay + 4 ? Long.MAX_VALUE : host.startOfDay(lastDay + 1);
    }

    /** Calls the sink with each offered start in {@code [low, high)}, in increasing order. */
    void forEachOffered(long length, long low, long high, java.util.function.LongConsumer sink) {
      Cursor cursor = new Cursor();
      if (!gridInOrder) {
        for (long candidate : candidates(low, high)) {
          if (firstBrokenRule(candidate, length, true, cursor) == null) {
            sink.accept(candidate);
          }
        }
        return;
      }
      for (int w = 0; w < gridWindows.size(); w++) {
        long end = Math.min(gridWindows.end(w), high);
        for (long start = firstOnGrid(gridWindows.start(w), low); start < end; start += step) {
          if (firstBrokenRule(start, length, true, cursor) == null) {
            sink.accept(start);
          }
        }
      }
    }

    private long firstOnGrid(long windowStart, long low) {
      return windowStart >= low ? windowStart
          : windowStart + Math.floorDiv(low - windowStart + step - 1, step) * step;
    }

    /** The grid's starts in {@code [low, high)}, sorted and distinct. */
    long[] candidates(long low, long high) {
      long[] starts = new long[64];
      int size = 0;
      for (int w = 0; w < gridWindows.size(); w++) {
        long end = Math.min(gridWindows.end(w), high);
        for (long start = firstOnGrid(gridWindows.start(w), low); start < end; start += step) {
          if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
          }
          starts[size++] = start;
        }
      }
      return sortedDistinct(starts, size);
    }

    boolean isOnGrid(long start) {
      for (int w = 0; w < gridWindows.size(); w++) {
        long windowStart = gridWindows.start(w);
        if (windowStart <= start && start < gridWindows.end(w) && (start - windowStart) % step == 0) {
          return true;
        }
      }
      return false;
    }

    /**
     * The first rule a meeting breaks, in the order of {@link RejectionReason}, or null if it is offered. With a
     * cursor (a listing, whose starts must not decrease) any conflict is reported as
     * {@link RejectionReason#BUFFER_CONFLICT}, since only whether there is one matters; without (a single check)
     * the conflict is classified.
     */
    RejectionReason firstBrokenRule(long start, long length, boolean onGrid, Cursor cursor) {
      long day;
      if (cursor != null && windowByInstant) {
        if (start < windowFirst || start >= windowLast) {
          return RejectionReason.OUTSIDE_BOOKING_WINDOW;
        }
        day = Long.MIN_VALUE;
      } else {
        day = host.localDate(start);
        if (day < firstDay || day > lastDay) {
          return RejectionReason.OUTSIDE_BOOKING_WINDOW;
        }
      }
      if (start < earliestStart) {
        return RejectionReason.TOO_SOON;
      }
      int at = Ranges.firstEndingAfter(availability, cursor == null ? 0 : cursor.availability, start);
      if (cursor != null) {
        cursor.availability = at;
      }
      if (!Ranges.enclosesAt(availability, at, start, start + length)) {
        return RejectionReason.OUTSIDE_AVAILABILITY;
      }
      if (!onGrid) {
        return RejectionReason.NOT_ON_GRID;
      }
      if (cursor == null) {
        RejectionReason conflict = conflictOf(start, length);
        if (conflict != null) {
          return conflict;
        }
      } else {
        long[] busy = blocked();
        cursor.blocked = Ranges.firstEndingAfter(busy, cursor.blocked, start - bufferBefore);
        if (Ranges.overlapsAt(busy, cursor.blocked, start + length + bufferAfter)) {
          return RejectionReason.BUFFER_CONFLICT;
        }
      }
      if (limitedDays.length > 0 && limitReached(day == Long.MIN_VALUE ? host.localDate(start) : day)) {
        return RejectionReason.LIMIT_REACHED;
      }
      return null;
    }
  }

  private static long[] sortedDistinct(long[] values, int size) {
    boolean sorted = true;
    for (int i = 1; i < size && sorted; i++) {
      sorted = values[i - 1] < values[i];
    }
    if (sorted) {
      return size == values.length ? values : Arrays.copyOf(values, size);
    }
    Arrays.sort(values, 0, size);
    int distinct = 0;
    for (int i = 0; i < size; i++) {
      if (distinct == 0 || values[distinct - 1] != values[i]) {
        values[distinct++] = values[i];
      }
    }
    return Arrays.copyOf(values, distinct);
  }

  /** Collects what the calendar needs; {@link #build()} checks it. Not thread-safe. */
  public static final class Builder {
    private final Schedule schedule;
    private final EventTypeRules rules;
    private ZoneId hostZone;
    private Instant now;
    private Collection<ExistingBooking> bookings = List.of();
    private Collection<Interval> busyTimes = List.of();

    private Builder(Schedule schedule, EventTypeRules rules) {
      this.schedule = schedule;
      this.rules = rules;
    }

    /**
     * The zone in which the booking window and the limits count local dates; the schedule's zone if not set.
     *
     * @param zone an IANA time zone, or UTC
     * @return this builder
     */
    public Builder hostZone(ZoneId zone) {
      this.hostZone = zone;
      return this;
    }

    /**
     * The moment to answer for: the minimum notice counts from it and the rolling window from its date.
     *
     * @param now the current instant; required
     * @return this builder
     */
    public Builder now(Instant now) {
      this.now = now;
      return this;
    }

    /**
     * The host's active bookings, of every event type, in any order. Bookings far from the dates asked about
     * do no harm but cost a little time.
     *
     * @param bookings the bookings
     * @return this builder
     */
    public Builder bookings(Collection<ExistingBooking> bookings) {
      this.bookings = bookings;
      return this;
    }

    /**
     * Other busy time, such as external calendars' events that are not marked free, in any order.
     *
     * @param busyTimes the busy intervals
     * @return this builder
     */
    public Builder busyTimes(Collection<Interval> busyTimes) {
      this.busyTimes = busyTimes;
      return this;
    }

    /**
     * The calendar.
     *
     * @return the checked, immutable calendar
     * @throws SchedulingInputException if now is missing or anything given is invalid
     */
    public BookingCalendar build() {
      return new BookingCalendar(this);
    }
  }
}
