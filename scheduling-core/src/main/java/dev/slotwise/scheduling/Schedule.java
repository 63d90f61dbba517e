package dev.slotwise.scheduling;

import dev.slotwise.scheduling.internal.Nanos;
import dev.slotwise.scheduling.internal.Ranges;
import dev.slotwise.scheduling.internal.ZoneTimeline;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * When a host can be booked: weekly rules and date overrides in one IANA time zone.
 *
 * <p>A local date's windows are the date's available overrides if it has any, else the union of the available
 * weekly rules in force that day; less the busy rules in force and the busy overrides; nothing at all if the date
 * is unavailable all day. Local times become instants in the schedule's zone as {@link java.time.ZonedDateTime#of}
 * resolves them (a time in a gap moves forward by the gap, a time in an overlap takes the earlier offset), and
 * {@code 24:00} is the start of the next date. The {@linkplain #availability availability} is the union over
 * dates, so windows that touch across midnight make one stretch.
 *
 * <p>Immutable and thread-safe; the rules are indexed once, so asking for a date costs no search of them.
 */
public final class Schedule {
  private static final long[] NO_MINUTES = Ranges.EMPTY;

  private final ZoneId zone;
  private final List<WeeklyRule> weeklyRules;
  private final List<DateOverride> overrides;
  /** Rules by ISO day of week (index 0 is Monday), available and busy apart. */
  private final RulesOfDay[] rulesByWeekday = new RulesOfDay[7];
  /** Sorted epoch days that have overrides, and each one's merged override. */
  private final long[] overrideDays;
  private final MergedOverride[] overridesByDay;

  private Schedule(ZoneId zone, List<WeeklyRule> weeklyRules, List<DateOverride> overrides) {
    this.zone = zone;
    this.weeklyRules = weeklyRules;
    this.overrides = overrides;
    for (int day = 0; day < 7; day++) {
      rulesByWeekday[day] = new RulesOfDay(day, weeklyRules);
    }
    List<DateOverride> byDate = new ArrayList<>(overrides);
    byDate.sort((a, b) -> a.date().compareTo(b.date()));
    List<MergedOverride> merged = new ArrayList<>();
    for (DateOverride override : byDate) {
      long day = override.date().toEpochDay();
      if (!merged.isEmpty() && merged.get(merged.size() - 1).epochDay == day) {
        merged.set(merged.size() - 1, merged.get(merged.size() - 1).with(override));
      } else {
        merged.add(new MergedOverride(day).with(override));
      }
    }
    overridesByDay = merged.toArray(new MergedOverride[0]);
    overrideDays = new long[overridesByDay.length];
    for (int i = 0; i < overrideDays.length; i++) {
      overrideDays[i] = overridesByDay[i].epochDay;
    }
  }

  /**
   * A schedule. Several overrides for one date combine: their windows add up, and any one that is unavailable
   * all day makes the date unavailable.
   *
   * @param zone an IANA time zone, or UTC
   * @param weeklyRules the weekly rules, in any order
   * @param overrides the date overrides, in any order
   * @return the schedule
   * @throws SchedulingInputException if the zone is a fixed offset or unknown, or anything is null
   */
  public static Schedule of(ZoneId zone, Collection<WeeklyRule> weeklyRules, Collection<DateOverride> overrides) {
    return new Schedule(TimeZones.require("schedule.zone", zone), Require.elements("weeklyRules", weeklyRules),
        Require.elements("dateOverrides", overrides));
  }

  /** {@return the zone the rules' local times are in} */
  public ZoneId zone() {
    return zone;
  }

  /** {@return the weekly rules, as given} */
  public List<WeeklyRule> weeklyRules() {
    return weeklyRules;
  }

  /** {@return the date overrides, as given} */
  public List<DateOverride> overrides() {
    return overrides;
  }

  /**
   * The instants when the host is available on the local dates {@code from} to {@code to}, both inclusive,
   * in the schedule's zone, merged into disjoint intervals.
   *
   * @param from the first local date
   * @param to the last local date
   * @return the availability
   * @throws SchedulingInputException if a date is null or {@code to} is before {@code from}
   */
  public IntervalSet availability(LocalDate from, LocalDate to) {
    Require.notNull("from", from);
    Require.notNull("to", to);
    if (to.isBefore(from)) {
      throw new SchedulingInputException("to", "must not be before from " + from, to);
    }
    long firstDay = from.toEpochDay();
    long lastDay = to.toEpochDay();
    ZoneTimeline timeline = ZoneTimeline.covering(zone, (firstDay - 2) * Nanos.PER_DAY, (lastDay + 3) * Nanos.PER_DAY);
    WindowBuffer windows = new WindowBuffer();
    for (long day = firstDay; day <= lastDay; day++) {
      appendWindows(day, timeline, windows);
    }
    return IntervalSet.ofNormalRanges(windows.union());
  }

  /**
   * Appends the date's windows as instants, each non-empty, in the order of the date's local windows. A window
   * whose start falls in a gap that its end has already left behind is empty, and dropped.
   */
  void appendWindows(long epochDay, ZoneTimeline timeline, WindowBuffer out) {
    long[] minutes = localWindows(epochDay);
    long midnight = epochDay * Nanos.PER_DAY;
    for (int i = 0; i < minutes.length; i += 2) {
      long start = timeline.toInstant(midnight + minutes[i] * Nanos.PER_MINUTE);
      long end = timeline.toInstant(midnight + minutes[i + 1] * Nanos.PER_MINUTE);
      if (start < end) {
        out.add(start, end);
      }
    }
  }

  /** The date's windows in local minutes of the day, as a normal range set. */
  long[] localWindows(long epochDay) {
    int found = Arrays.binarySearch(overrideDays, epochDay);
    MergedOverride override = found >= 0 ? overridesByDay[found] : null;
    if (override != null && override.unavailableAll) {
      return NO_MINUTES;
    }
    RulesOfDay rules = rulesByWeekday[(int) Math.floorMod(epochDay + 3, 7L)];
    long[] base = override != null && override.available.length > 0
        ? override.available
        : rules.union(rules.availableFrom, rules.availableUntil, rules.available, epochDay);
    if (base.length == 0) {
      return NO_MINUTES;
    }
    long[] busy = rules.union(rules.busyFrom, rules.busyUntil, rules.busy, epochDay);
    if (override != null) {
      busy = Ranges.union(busy, override.busy);
    }
    return Ranges.minus(base, busy);
  }

  @Override
  public String toString() {
    return "Schedule[" + zone + ", " + weeklyRules.size() + " weekly rules, " + overrides.size() + " overrides]";
  }

  /** One weekday's rules as minute ranges with the epoch days they are in force. */
  private static final class RulesOfDay {
    final long[][] available;
    final long[] availableFrom;
    final long[] availableUntil;
    final long[][] busy;
    final long[] busyFrom;
    final long[] busyUntil;

    RulesOfDay(int isoDayIndex, List<WeeklyRule> rules) {
      List<WeeklyRule> open = new ArrayList<>();
      List<WeeklyRule> closed = new ArrayList<>();
      for (WeeklyRule rule : rules) {
        if (rule.day().getValue() - 1 == isoDayIndex) {
          (rule.kind() == AvailabilityKind.AVAILABLE ? open : closed).add(rule);
        }
      }
      available = minutes(open);
      availableFrom = days(open, true);
      availableUntil = days(open, false);
      busy = minutes(closed);
      busyFrom = days(closed, true);
      busyUntil = days(closed, false);
    }

    /** The union of the rules in force on the day; without allocation when exactly one is. */
    long[] union(long[] from, long[] until, long[][] windows, long epochDay) {
      long[] single = NO_MINUTES;
      long[] several = null;
      int count = 0;
      for (int i = 0; i < windows.length; i++) {
        if (from[i] <= epochDay && epochDay <= until[i]) {
          if (count++ == 0) {
            single = windows[i];
          } else {
            several = several == null ? Arrays.copyOf(single, 2 * windows.length) : several;
            several[2 * count - 2] = windows[i][0];
            several[2 * count - 1] = windows[i][1];
          }
        }
      }
      return count <= 1 ? single : Ranges.normalizeInterleaved(several, 2 * count);
    }

    private static long[][] minutes(List<WeeklyRule> rules) {
      long[][] windows = new long[rules.size()][];
      for (int i = 0; i < windows.length; i++) {
        TimeWindow window = rules.get(i).window();
        windows[i] = new long[] {window.start().minuteOfDay(), window.end().minuteOfDay()};
      }
      return windows;
    }

    private static long[] days(List<WeeklyRule> rules, boolean from) {
      long[] days = new long[rules.size()];
      for (int i = 0; i < days.length; i++) {
        days[i] = (from ? rules.get(i).from() : rules.get(i).until()).toEpochDay();
      }
      return days;
    }
  }

  /** All overrides of one date, combined. */
  private static final class MergedOverride {
    final long epochDay;
    final long[] available;
    final long[] busy;
    final boolean unavailableAll;

    MergedOverride(long epochDay) {
      this(epochDay, NO_MINUTES, NO_MINUTES, false);
    }

    private MergedOverride(long epochDay, long[] available, long[] busy, boolean unavailableAll) {
      this.epochDay = epochDay;
      this.available = available;
      this.busy = busy;
      this.unavailableAll = unavailableAll;
    }

    MergedOverride with(DateOverride override) {
      return new MergedOverride(epochDay, Ranges.union(available, minutes(override.available())),
          Ranges.union(busy, minutes(override.busy())), unavailableAll || override.unavailableAll());
    }

    private static long[] minutes(List<TimeWindow> windows) {
      long[] ranges = new long[2 * windows.size()];
      for (int i = 0; i < windows.size(); i++) {
        ranges[2 * i] = windows.get(i).start().minuteOfDay();
        ranges[2 * i + 1] = windows.get(i).end().minuteOfDay();
      }
      return Ranges.normalizeInterleaved(ranges, ranges.length);
    }
  }
}
