package dev.slotwise.scheduling.oracle;

import dev.slotwise.scheduling.AvailabilityKind;
import dev.slotwise.scheduling.BookingWindow;
import dev.slotwise.scheduling.DateOverride;
import dev.slotwise.scheduling.EventTypeRules;
import dev.slotwise.scheduling.ExistingBooking;
import dev.slotwise.scheduling.Interval;
import dev.slotwise.scheduling.RejectionReason;
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
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A slow, brute-force reading of {@code scheduling-semantics.md} sections 1 to 3, written to be obviously right
 * rather than fast. It takes the library's value types as plain input (their accessors only) and shares none of
 * its algorithms: local time is a {@code boolean[1440]} per date, local times become instants with
 * {@link ZonedDateTime#of}, instants become dates with {@link LocalDate#ofInstant}, and every condition of an
 * offered slot is checked directly against every booking and busy interval.
 *
 * <p>The only shortcuts are bounded look-arounds, each justified where it is used: a date's windows lie between
 * its own midnight and the next date's midnight, so an instant only needs the dates around its own local date.
 * Results per date are memoized (a cache, not a different algorithm).
 *
 * <p>Not thread-safe.
 */
public final class SpecOracle {
  private static final int MINUTES_PER_DAY = 1440;

  /** The oracle's own half-open interval of instants, {@code [start, end)}; may not be empty. */
  public record Span(Instant start, Instant end) {
    /** Whether both spans share an instant (half-open: touching is not overlapping). */
    public boolean overlaps(Span other) {
      return start.isBefore(other.end) && other.start.isBefore(end);
    }

    @Override
    public String toString() {
      return "[" + start + ", " + end + ")";
    }
  }

  private final ZoneId zone;
  private final List<WeeklyRule> weeklyRules;
  private final List<DateOverride> overrides;
  private final EventTypeRules rules;
  private final ZoneId hostZone;
  private final Instant now;
  private final List<ExistingBooking> bookings;
  private final List<Interval> busyTimes;

  private final Map<LocalDate, List<Span>> windowsByDate = new HashMap<>();
  private final Map<LocalDate, Set<Instant>> candidatesByDate = new HashMap<>();
  private final Map<Duration, Map<LocalDate, List<Instant>>> offeredByDate = new HashMap<>();

  /**
   * An oracle for one event type's calendar at one moment.
   *
   * @param scheduleZone the zone of the schedule's local times
   * @param weeklyRules the schedule's weekly rules
   * @param overrides the schedule's date overrides
   * @param rules the event type
   * @param hostZone the zone of the booking window and limits; null for the schedule's zone
   * @param now the clock
   * @param bookings every active booking of the host
   * @param busyTimes other busy time
   */
  public SpecOracle(ZoneId scheduleZone, List<WeeklyRule> weeklyRules, List<DateOverride> overrides,
      EventTypeRules rules, ZoneId hostZone, Instant now, List<ExistingBooking> bookings, List<Interval> busyTimes) {
    this.zone = scheduleZone;
    this.weeklyRules = List.copyOf(weeklyRules);
    this.overrides = List.copyOf(overrides);
    this.rules = rules;
    this.hostZone = hostZone == null ? scheduleZone : hostZone;
    this.now = now;
    this.bookings = List.copyOf(bookings);
    this.busyTimes = List.copyOf(busyTimes);
  }

  // ------------------------------------------------------------------------------------------------------------
  // Section 1: availability
  // ------------------------------------------------------------------------------------------------------------

  /** Steps 1 and 2 of section 1: which local minutes of {@code date} are available, one boolean per minute. */
  public boolean[] localMinutes(LocalDate date) {
    boolean[] open = new boolean[MINUTES_PER_DAY];
    List<DateOverride> ofDate = new ArrayList<>();
    for (DateOverride override : overrides) {
      if (override.date().equals(date)) {
        ofDate.add(override);
      }
    }
    for (DateOverride override : ofDate) {
      if (override.unavailableAll()) {
        return open; // "Unavailable all day" makes D empty.
      }
    }
    // Step 1: AVAILABLE overrides are the base if there are any; otherwise AVAILABLE weekly rules in force.
    boolean hasAvailableOverride = false;
    for (DateOverride override : ofDate) {
      for (TimeWindow window : override.available()) {
        hasAvailableOverride = true;
        set(open, window, true);
      }
    }
    if (!hasAvailableOverride) {
      for (WeeklyRule rule : weeklyRules) {
        if (rule.kind() == AvailabilityKind.AVAILABLE && inForce(rule, date)) {
          set(open, rule.window(), true);
        }
      }
    }
    // Step 2: subtract BUSY weekly rules in force and BUSY overrides.
    for (WeeklyRule rule : weeklyRules) {
      if (rule.kind() == AvailabilityKind.BUSY && inForce(rule, date)) {
        set(open, rule.window(), false);
      }
    }
    for (DateOverride override : ofDate) {
      for (TimeWindow window : override.busy()) {
        set(open, window, false);
      }
    }
    return open;
  }

  private static boolean inForce(WeeklyRule rule, LocalDate date) {
    return rule.day() == date.getDayOfWeek() && !date.isBefore(rule.from()) && !date.isAfter(rule.until());
  }

  private static void set(boolean[] minutes, TimeWindow window, boolean value) {
    for (int minute = window.start().minuteOfDay(); minute < window.end().minuteOfDay(); minute++) {
      minutes[minute] = value;
    }
  }

  /** Step 3 of section 1: a local minute of a date as an instant; minute 1440 is the next date's 00:00. */
  public Instant localToInstant(LocalDate date, int minuteOfDay) {
    if (minuteOfDay == MINUTES_PER_DAY) {
      return ZonedDateTime.of(date.plusDays(1), LocalTime.MIDNIGHT, zone).toInstant();
    }
    return ZonedDateTime.of(date, LocalTime.of(minuteOfDay / 60, minuteOfDay % 60), zone).toInstant();
  }

  /**
   * D's intervals in instants: each maximal run of available local minutes, its ends turned into instants; a run
   * whose end is not after its start (it begins in a gap that its end has left behind) is empty and dropped.
   */
  public List<Span> windows(LocalDate date) {
    List<Span> cached = windowsByDate.get(date);
    if (cached != null) {
      return cached;
    }
    boolean[] open = localMinutes(date);
    List<Span> spans = new ArrayList<>();
    int minute = 0;
    while (minute < MINUTES_PER_DAY) {
      if (!open[minute]) {
        minute++;
        continue;
      }
      int runStart = minute;
      while (minute < MINUTES_PER_DAY && open[minute]) {
        minute++;
      }
      Instant start = localToInstant(date, runStart);
      Instant end = localToInstant(date, minute);
      if (start.isBefore(end)) {
        spans.add(new Span(start, end));
      }
    }
    windowsByDate.put(date, spans);
    return spans;
  }

  /** The schedule's availability on local dates {@code from} to {@code to}: the union, touching spans merged. */
  public List<Span> availability(LocalDate from, LocalDate to) {
    List<Span> all = new ArrayList<>();
    for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
      all.addAll(windows(date));
    }
    return merge(all);
  }

  /** Sorts spans and merges any that overlap or touch. */
  public static List<Span> merge(List<Span> spans) {
    List<Span> sorted = new ArrayList<>(spans);
    sorted.sort(Comparator.comparing(Span::start));
    List<Span> merged = new ArrayList<>();
    for (Span span : sorted) {
      if (!merged.isEmpty() && !span.start().isAfter(merged.get(merged.size() - 1).end())) {
        Span last = merged.remove(merged.size() - 1);
        merged.add(new Span(last.start(), later(last.end(), span.end())));
      } else {
        merged.add(span);
      }
    }
    return merged;
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  /**
   * Whether every instant of {@code [start, end)} is available (in the union over all dates). A date's windows
   * lie between its 00:00 and the next date's 00:00 as ZonedDateTime.of resolves them, so only dates around the
   * local dates of start and end can contribute; two dates either side is a generous margin.
   */
  public boolean insideAvailability(Instant start, Instant end) {
    List<Span> near = new ArrayList<>();
    for (LocalDate date = scheduleDate(start).minusDays(2); !date.isAfter(scheduleDate(end).plusDays(2));
        date = date.plusDays(1)) {
      near.addAll(windows(date));
    }
    Instant covered = start;
    while (covered.isBefore(end)) {
      Instant furthest = null;
      for (Span window : near) {
        if (!window.start().isAfter(covered) && window.end().isAfter(covered)
            && (furthest == null || window.end().isAfter(furthest))) {
          furthest = window.end();
        }
      }
      if (furthest == null) {
        return false;
      }
      covered = furthest;
    }
    return true;
  }

  private LocalDate scheduleDate(Instant instant) {
    return LocalDate.ofInstant(instant, zone);
  }

  // ------------------------------------------------------------------------------------------------------------
  // Section 2: slots
  // ------------------------------------------------------------------------------------------------------------

  /** Section 2 step 1: the candidates of one local date, a + k × interval while below b, for each of its windows. */
  public Set<Instant> candidates(LocalDate date) {
    Set<Instant> cached = candidatesByDate.get(date);
    if (cached != null) {
      return cached;
    }
    Set<Instant> starts = new TreeSet<>();
    Duration step = rules.slotInterval();
    for (Span window : windows(date)) {
      for (Instant start = window.start(); start.isBefore(window.end()); start = start.plus(step)) {
        starts.add(start);
      }
    }
    candidatesByDate.put(date, starts);
    return starts;
  }

  /** Whether the instant is a candidate of some date; candidates of D lie within D's own day, so D ± 1 is ample. */
  public boolean isCandidate(Instant start) {
    LocalDate date = scheduleDate(start);
    for (LocalDate near = date.minusDays(1); !near.isAfter(date.plusDays(1)); near = near.plusDays(1)) {
      if (candidates(near).contains(start)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the start's local date in the host's zone is inside the booking window. */
  public boolean insideBookingWindow(Instant start) {
    LocalDate date = LocalDate.ofInstant(start, hostZone);
    BookingWindow window = rules.bookingWindow();
    if (window instanceof BookingWindow.Rolling) {
      LocalDate today = LocalDate.ofInstant(now, hostZone);
      return !date.isAfter(today.plusDays(((BookingWindow.Rolling) window).days()));
    }
    BookingWindow.Fixed fixed = (BookingWindow.Fixed) window;
    return !date.isBefore(fixed.from()) && !date.isAfter(fixed.until());
  }

  /**
   * The first reason, in the spec's order, why {@code start} with {@code duration} is not offered; null when it
   * is offered (and so bookable).
   */
  public RejectionReason reason(Instant start, Duration duration) {
    if (!rules.durations().contains(duration)) {
      return RejectionReason.INVALID_DURATION;
    }
    if (!insideBookingWindow(start)) {
      return RejectionReason.OUTSIDE_BOOKING_WINDOW;
    }
    if (start.isBefore(now.plus(rules.minimumNotice()))) {
      return RejectionReason.TOO_SOON;
    }
    Instant end = start.plus(duration);
    if (!insideAvailability(start, end)) {
      return RejectionReason.OUTSIDE_AVAILABILITY;
    }
    if (!isCandidate(start)) {
      return RejectionReason.NOT_ON_GRID;
    }
    Span meeting = new Span(start, end);
    for (ExistingBooking booking : bookings) {
      if (meeting.overlaps(new Span(booking.meeting().start(), booking.meeting().end()))) {
        return RejectionReason.CONFLICTS_WITH_BOOKING;
      }
    }
    for (Interval busy : busyTimes) {
      if (meeting.overlaps(new Span(busy.start(), busy.end()))) {
        return RejectionReason.CONFLICTS_WITH_BUSY_TIME;
      }
    }
    Span blocked = new Span(start.minus(rules.bufferBefore()), end.plus(rules.bufferAfter()));
    for (ExistingBooking booking : bookings) {
      Span theirs = new Span(booking.meeting().start().minus(booking.bufferBefore()),
          booking.meeting().end().plus(booking.bufferAfter()));
      if (blocked.overlaps(theirs)) {
        return RejectionReason.BUFFER_CONFLICT;
      }
    }
    for (Interval busy : busyTimes) {
      if (blocked.overlaps(new Span(busy.start(), busy.end()))) {
        return RejectionReason.BUFFER_CONFLICT;
      }
    }
    LocalDate hostDate = LocalDate.ofInstant(start, hostZone);
    if (rules.dailyLimit().isPresent()) {
      int sameDay = 0;
      for (ExistingBooking booking : bookings) {
        if (booking.isOfThisEventType()
            && LocalDate.ofInstant(booking.meeting().start(), hostZone).equals(hostDate)) {
          sameDay++;
        }
      }
      if (sameDay >= rules.dailyLimit().getAsInt()) {
        return RejectionReason.LIMIT_REACHED;
      }
    }
    if (rules.weeklyLimit().isPresent()) {
      int sameWeek = 0;
      for (ExistingBooking booking : bookings) {
        if (booking.isOfThisEventType()
            && mondayOf(LocalDate.ofInstant(booking.meeting().start(), hostZone)).equals(mondayOf(hostDate))) {
          sameWeek++;
        }
      }
      if (sameWeek >= rules.weeklyLimit().getAsInt()) {
        return RejectionReason.LIMIT_REACHED;
      }
    }
    return null;
  }

  private static LocalDate mondayOf(LocalDate date) {
    return date.minusDays(date.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue());
  }

  /** The offered starts among the candidates of one local date of the schedule. */
  public List<Instant> offeredOn(LocalDate date, Duration duration) {
    Map<LocalDate, List<Instant>> byDate = offeredByDate.computeIfAbsent(duration, unused -> new HashMap<>());
    List<Instant> cached = byDate.get(date);
    if (cached != null) {
      return cached;
    }
    List<Instant> offered = new ArrayList<>();
    for (Instant candidate : candidates(date)) {
      if (reason(candidate, duration) == null) {
        offered.add(candidate);
      }
    }
    byDate.put(date, offered);
    return offered;
  }

  /** The offered starts among the candidates of local dates {@code from} to {@code to}, sorted, distinct. */
  public List<Instant> offered(Duration duration, LocalDate from, LocalDate to) {
    TreeSet<Instant> all = new TreeSet<>();
    for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
      all.addAll(offeredOn(date, duration));
    }
    return new ArrayList<>(all);
  }

  /**
   * Section 2 step 3: offered starts whose local date in {@code callerZone} is within {@code from..to}, grouped
   * by that date. Candidates of a schedule date have that local date in the schedule's zone, and two zones'
   * dates differ by at most two for one instant, so schedule dates from − 3 to to + 3 hold every such start.
   */
  public TreeMap<LocalDate, List<Instant>> slots(Duration duration, LocalDate from, LocalDate to,
      ZoneId callerZone) {
    TreeMap<LocalDate, List<Instant>> days = new TreeMap<>();
    for (Instant start : offered(duration, from.minusDays(3), to.plusDays(3))) {
      LocalDate callerDate = LocalDate.ofInstant(start, callerZone);
      if (!callerDate.isBefore(from) && !callerDate.isAfter(to)) {
        days.computeIfAbsent(callerDate, unused -> new ArrayList<>()).add(start);
      }
    }
    return days;
  }

  /** Offered starts within {@code radiusDays} days (inclusive) either side of {@code requested}, sorted. */
  public List<Instant> offeredWithin(Instant requested, Duration duration, int radiusDays) {
    Duration radius = Duration.ofDays(radiusDays);
    List<Instant> near = new ArrayList<>();
    LocalDate center = scheduleDate(requested);
    for (Instant start : offered(duration, center.minusDays(radiusDays + 2), center.plusDays(radiusDays + 2))) {
      if (distance(start, requested).compareTo(radius) <= 0) {
        near.add(start);
      }
    }
    return near;
  }

  /** Up to {@code count} of the given starts nearest {@code requested} (ties to the earlier), sorted by time. */
  public static List<Instant> nearest(List<Instant> starts, Instant requested, int count) {
    List<Instant> byDistance = new ArrayList<>(new HashSet<>(starts));
    byDistance.sort(Comparator.<Instant, Duration>comparing(start -> distance(start, requested))
        .thenComparing(Comparator.naturalOrder()));
    List<Instant> chosen = new ArrayList<>(byDistance.subList(0, Math.min(count, byDistance.size())));
    chosen.sort(Comparator.naturalOrder());
    return chosen;
  }

  /** The absolute time between two instants. */
  public static Duration distance(Instant a, Instant b) {
    return Duration.between(a, b).abs();
  }

  /** The zone of the booking window and limits. */
  public ZoneId hostZone() {
    return hostZone;
  }

  /** The schedule's zone. */
  public ZoneId zone() {
    return zone;
  }
}
