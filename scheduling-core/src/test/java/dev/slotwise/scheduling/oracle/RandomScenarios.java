package dev.slotwise.scheduling.oracle;

import dev.slotwise.scheduling.AvailabilityKind;
import dev.slotwise.scheduling.BookingCalendar;
import dev.slotwise.scheduling.BookingWindow;
import dev.slotwise.scheduling.DateOverride;
import dev.slotwise.scheduling.EventTypeRules;
import dev.slotwise.scheduling.ExistingBooking;
import dev.slotwise.scheduling.Interval;
import dev.slotwise.scheduling.Schedule;
import dev.slotwise.scheduling.TimeOfDay;
import dev.slotwise.scheduling.TimeWindow;
import dev.slotwise.scheduling.WeeklyRule;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded random but realistic scheduling scenarios, biased toward the awkward parts of time: dates around the
 * zone's daylight-saving transitions, zones with 30- and 45-minute offsets, 30-minute DST (Lord Howe), clocks
 * that change at midnight (Santiago, Havana), windows ending at 24:00 or starting at 00:00, overrides, buffers,
 * limits, second-aligned busy time and callers in another zone. The same seed always gives the same scenario.
 */
public final class RandomScenarios {
  /** Zones a schedule may be in. */
  public static final List<String> SCHEDULE_ZONES = List.of("America/New_York", "Europe/Berlin", "Europe/London",
      "Asia/Kolkata", "Asia/Kathmandu", "Australia/Lord_Howe", "America/Santiago", "America/Havana",
      "Pacific/Chatham", "America/St_Johns", "Asia/Tokyo", "UTC", "Pacific/Apia");
  /** Further zones only a caller (or a separately set host zone) may be in: the extremes of the offsets. */
  public static final List<String> OTHER_ZONES = List.of("Pacific/Kiritimati", "Pacific/Pago_Pago",
      "America/Los_Angeles", "Asia/Kolkata", "Australia/Sydney", "America/Sao_Paulo");

  /**
   * Zones whose clocks went back across midnight (00:01 to 23:01 the day before), so that local dates ran out of
   * time order; the JVM's rules have no such transition after 2010, so these few scenarios are set in 2005–2010.
   */
  public static final List<String> BACK_ACROSS_MIDNIGHT_ZONES =
      List.of("America/St_Johns", "America/Goose_Bay", "America/Moncton");

  private static final int[] REALISTIC_DURATIONS = {15, 30, 45, 60, 90, 120};
  private static final int[] OTHER_DURATIONS = {5, 10, 20, 25, 50, 75, 180, 240, 360, 480, 600, 720};
  private static final int[] INTERVALS = {5, 10, 15, 20, 30, 45, 60, 90, 120};
  private static final int[] BUFFERS = {5, 10, 15, 30, 45, 60};
  private static final int[] NOTICES = {0, 0, 0, 15, 30, 60, 120, 240, 720, 1440};
  private static final int[] ROLLING_DAYS = {0, 1, 2, 7, 14, 30, 60, 90};

  private RandomScenarios() {}

  /** One generated scenario: a schedule, an event type, the calendar's state and a slots query. */
  public static final class Scenario {
    /** The seed that made it. */
    public final long seed;
    /** The schedule's zone. */
    public final ZoneId scheduleZone;
    /** The host zone set on the calendar's builder, or null to leave the default (the schedule's zone). */
    public final ZoneId hostZoneSetting;
    /** The zone the slots query is asked in. */
    public final ZoneId callerZone;
    /** The schedule's weekly rules. */
    public final List<WeeklyRule> weeklyRules;
    /** The schedule's overrides. */
    public final List<DateOverride> overrides;
    /** The event type. */
    public final EventTypeRules rules;
    /** The clock. */
    public final Instant now;
    /** Existing bookings. */
    public final List<ExistingBooking> bookings;
    /** Other busy time. */
    public final List<Interval> busyTimes;
    /** First local date of the query, in the caller's zone. */
    public final LocalDate from;
    /** Last local date of the query, in the caller's zone. */
    public final LocalDate to;

    Scenario(long seed, ZoneId scheduleZone, ZoneId hostZoneSetting, ZoneId callerZone,
        List<WeeklyRule> weeklyRules, List<DateOverride> overrides, EventTypeRules rules, Instant now,
        List<ExistingBooking> bookings, List<Interval> busyTimes, LocalDate from, LocalDate to) {
      this.seed = seed;
      this.scheduleZone = scheduleZone;
      this.hostZoneSetting = hostZoneSetting;
      this.callerZone = callerZone;
      this.weeklyRules = List.copyOf(weeklyRules);
      this.overrides = List.copyOf(overrides);
      this.rules = rules;
      this.now = now;
      this.bookings = List.copyOf(bookings);
      this.busyTimes = List.copyOf(busyTimes);
      this.from = from;
      this.to = to;
    }

    /** The zone of the booking window and limits. */
    public ZoneId hostZone() {
      return hostZoneSetting == null ? scheduleZone : hostZoneSetting;
    }

    /** The schedule under test. */
    public Schedule schedule() {
      return Schedule.of(scheduleZone, weeklyRules, overrides);
    }

    /** The calendar under test. */
    public BookingCalendar calendar() {
      BookingCalendar.Builder builder = BookingCalendar.builder(schedule(), rules).now(now).bookings(bookings)
          .busyTimes(busyTimes);
      if (hostZoneSetting != null) {
        builder.hostZone(hostZoneSetting);
      }
      return builder.build();
    }

    /** A fresh oracle for the same scenario. */
    public SpecOracle oracle() {
      return new SpecOracle(scheduleZone, weeklyRules, overrides, rules, hostZoneSetting, now, bookings,
          busyTimes);
    }

    /** An instant with its local time in the schedule's zone, for reading. */
    public String local(Instant instant) {
      return instant + " (" + ZonedDateTime.ofInstant(instant, scheduleZone).format(LOCAL) + " "
          + ZonedDateTime.ofInstant(instant, scheduleZone).getDayOfWeek().toString().substring(0, 3) + ")";
    }

    /** A readable description of everything in the scenario, enough to rebuild it by hand. */
    public String dump() {
      StringBuilder text = new StringBuilder();
      text.append("---- scenario seed=").append(seed).append(" (replay: -Dslotwise.property.seed=").append(seed)
          .append(")\n");
      text.append("schedule zone ").append(scheduleZone).append(", host zone ")
          .append(hostZoneSetting == null ? "(default: schedule's)" : hostZoneSetting.toString())
          .append(", caller zone ").append(callerZone).append('\n');
      text.append("query ").append(from).append(" .. ").append(to).append(" in ").append(callerZone).append('\n');
      text.append("now ").append(local(now)).append('\n');
      text.append("transitions of ").append(scheduleZone).append(" near the query:");
      ZoneRules zoneRules = scheduleZone.getRules();
      Instant cursor = from.minusDays(10).atStartOfDay(ZoneOffset.UTC).toInstant();
      Instant stop = to.plusDays(10).atStartOfDay(ZoneOffset.UTC).toInstant();
      ZoneOffsetTransition transition = zoneRules.nextTransition(cursor);
      while (transition != null && transition.getInstant().isBefore(stop)) {
        text.append(' ').append(transition.getDateTimeBefore()).append("→").append(transition.getDateTimeAfter())
            .append(" (").append(transition.getOffsetBefore()).append("→").append(transition.getOffsetAfter())
            .append(");");
        transition = zoneRules.nextTransition(transition.getInstant());
      }
      text.append('\n');
      text.append("weekly rules (").append(weeklyRules.size()).append("):\n");
      for (WeeklyRule rule : weeklyRules) {
        text.append("  ").append(rule.kind()).append(' ').append(rule.day()).append(' ').append(rule.window())
            .append(" in force ").append(rule.from()).append(" .. ").append(rule.until()).append('\n');
      }
      text.append("overrides (").append(overrides.size()).append("):\n");
      for (DateOverride override : overrides) {
        text.append("  ").append(override.date()).append(' ').append(override.date().getDayOfWeek())
            .append(override.unavailableAll() ? " UNAVAILABLE ALL DAY" : "").append(" available=")
            .append(override.available()).append(" busy=").append(override.busy()).append('\n');
      }
      text.append("rules ").append(rules).append('\n');
      text.append("bookings (").append(bookings.size()).append("):\n");
      for (ExistingBooking booking : bookings) {
        text.append("  ").append(booking.isOfThisEventType() ? "THIS " : "other").append(" [")
            .append(local(booking.meeting().start())).append(", ").append(local(booking.meeting().end()))
            .append(") buffers ").append(booking.bufferBefore().toMinutes()).append('/')
            .append(booking.bufferAfter().toMinutes()).append('\n');
      }
      text.append("busy times (").append(busyTimes.size()).append("):\n");
      for (Interval busy : busyTimes) {
        text.append("  [").append(local(busy.start())).append(", ").append(local(busy.end())).append(")\n");
      }
      return text.toString();
    }

    @Override
    public String toString() {
      return "Scenario[seed=" + seed + "]";
    }
  }

  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");

  /**
   * The scenario of a seed.
   *
   * @param seed any number
   * @return the same scenario for the same seed
   */
  public static Scenario generate(long seed) {
    SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + 12345);
    int family = random.nextInt(100);
    boolean historical = family < 4;
    boolean roundTheClock = family >= 94;
    ZoneId zone = ZoneId.of(historical ? pick(random, BACK_ACROSS_MIDNIGHT_ZONES) : pick(random, SCHEDULE_ZONES));

    // The query: around one of the zone's transitions most of the time.
    LocalDate anchor = historical ? fallBackDate(zone, 2005 + random.nextInt(6)).plusDays(random.nextInt(3) - 1)
        : anchorDate(random, zone, 2020 + random.nextInt(16));
    int percent = random.nextInt(100);
    int length = percent < 65 ? 1 + random.nextInt(7) : percent < 95 ? 8 + random.nextInt(7)
        : 15 + random.nextInt(78);
    LocalDate from = anchor.minusDays(random.nextInt(Math.min(length, 7)) + (random.nextInt(5) == 0 ? 1 : 0));
    LocalDate to = from.plusDays(length - 1);

    ZoneId callerZone = random.nextInt(100) < (historical ? 80 : 45) ? zone
        : ZoneId.of(random.nextBoolean() ? pick(random, SCHEDULE_ZONES) : pick(random, OTHER_ZONES));
    int hostChoice = random.nextInt(100);
    if (roundTheClock) {
      // Round the clock, the host's zone is more often not the schedule's: it then matters only for the booking
      // window and the limits.
      hostChoice = 50 + hostChoice / 2;
    }
    ZoneId hostZoneSetting = hostChoice < 75 ? null : hostChoice < 85 ? zone
        : ZoneId.of(random.nextBoolean() ? pick(random, SCHEDULE_ZONES) : pick(random, OTHER_ZONES));

    ZoneOffsetTransition focus = focusTransition(random, zone, from, to);
    List<WeeklyRule> weeklyRules = roundTheClock ? roundTheClock(from, to) : weeklyRules(random, from, to, focus);
    if (historical && focus != null && random.nextInt(100) < 70) {
      // Around the midnight that clocks went back across: late on the date before, early on the date itself.
      LocalDate date = focus.getDateTimeBefore().toLocalDate();
      weeklyRules = new ArrayList<>(weeklyRules);
      weeklyRules.add(WeeklyRule.available(date.getDayOfWeek(),
          TimeWindow.of(TimeOfDay.MIDNIGHT, TimeOfDay.ofMinuteOfDay(15 * (2 + random.nextInt(12)))),
          date.minusDays(30), date.plusDays(30)));
      if (random.nextBoolean()) {
        weeklyRules.add(WeeklyRule.available(date.minusDays(1).getDayOfWeek(),
            TimeWindow.of(TimeOfDay.ofMinuteOfDay(1440 - 15 * (1 + random.nextInt(12))), TimeOfDay.END_OF_DAY),
            date.minusDays(30), date.plusDays(30)));
      }
    }
    List<DateOverride> overrides = roundTheClock ? List.of() : overrides(random, from, to, focus);
    EventTypeRules rules = eventType(random, from, to, roundTheClock);

    Instant rangeStart = ZonedDateTime.of(from, LocalTime.MIDNIGHT, zone).toInstant();
    long nowMinutes = random.nextInt(100) < 75 ? -2 * 1440 + random.nextInt(3 * 1440)
        : -4 * 1440 + (long) random.nextInt((int) (4 * 1440 + Math.max(1, length * 0.6) * 1440));
    Instant now = rangeStart.plus(Duration.ofMinutes(nowMinutes));
    int clock = random.nextInt(10);
    if (clock < 3) {
      now = now.plusSeconds(random.nextInt(60));
    } else if (clock < 4) {
      now = now.plusNanos(random.nextLong(60_000_000_000L));
    }

    List<ExistingBooking> bookings = bookings(random, zone, from, to, rules, focus);
    List<Interval> busyTimes = busyTimes(random, zone, from, to, focus);
    return new Scenario(seed, zone, hostZoneSetting, callerZone, weeklyRules, overrides, rules, now, bookings,
        busyTimes, from, to);
  }

  private static LocalDate anchorDate(SplittableRandom random, ZoneId zone, int year) {
    if (random.nextInt(100) < 80) {
      LocalDate start = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
      ZoneOffsetTransition transition =
          zone.getRules().nextTransition(start.atStartOfDay(ZoneOffset.UTC).toInstant());
      if (transition != null
          && transition.getInstant().isBefore(start.plusDays(400).atStartOfDay(ZoneOffset.UTC).toInstant())) {
        LocalDate date = transition.getDateTimeBefore().toLocalDate();
        return date.getYear() <= year ? date.plusDays(random.nextInt(3) - 1) : date.minusYears(1);
      }
    }
    int[] months = {3, 4, 9, 10, 11, 1 + random.nextInt(12)};
    return LocalDate.of(year, months[random.nextInt(months.length)], 1 + random.nextInt(28));
  }

  /** The local date on which the zone's clocks went back in the given year. */
  private static LocalDate fallBackDate(ZoneId zone, int year) {
    ZoneOffsetTransition transition =
        zone.getRules().nextTransition(LocalDate.of(year, 7, 1).atStartOfDay(ZoneOffset.UTC).toInstant());
    while (!transition.isOverlap()) {
      transition = zone.getRules().nextTransition(transition.getInstant());
    }
    return transition.getDateTimeBefore().toLocalDate();
  }

  /** One of the zone's transitions on or around the query's dates, or null if it has none there. */
  private static ZoneOffsetTransition focusTransition(SplittableRandom random, ZoneId zone, LocalDate from,
      LocalDate to) {
    List<ZoneOffsetTransition> near = new ArrayList<>();
    Instant stop = to.plusDays(3).atStartOfDay(ZoneOffset.UTC).toInstant();
    ZoneOffsetTransition transition =
        zone.getRules().nextTransition(from.minusDays(3).atStartOfDay(ZoneOffset.UTC).toInstant());
    while (transition != null && transition.getInstant().isBefore(stop)) {
      near.add(transition);
      transition = zone.getRules().nextTransition(transition.getInstant());
    }
    return near.isEmpty() ? null : near.get(random.nextInt(near.size()));
  }

  /**
   * A local date and window around one side of a transition's local times: containing it, starting or ending
   * at it, or starting or ending inside the gap or overlap. At midnight transitions (Santiago, Havana) the local
   * time may be 00:00 of the next date, so the window may instead end at 24:00 of the date before.
   */
  private static Object[] focusedWindow(SplittableRandom random, ZoneOffsetTransition focus) {
    LocalDateTime early = focus.isGap() ? focus.getDateTimeBefore() : focus.getDateTimeAfter();
    LocalDateTime late = focus.isGap() ? focus.getDateTimeAfter() : focus.getDateTimeBefore();
    int[] marks = {5, 15, 15, 30};
    int mark = marks[random.nextInt(marks.length)];
    LocalDateTime pivot = random.nextBoolean() ? early : late;
    int inside = (int) Duration.between(early, late).toMinutes();
    int kind = random.nextInt(6);
    LocalDateTime start;
    LocalDateTime end;
    switch (kind) {
      case 0: // containing the pivot
        start = pivot.minusMinutes(mark * (1L + random.nextInt(12)));
        end = pivot.plusMinutes(mark * (1L + random.nextInt(12)));
        break;
      case 1: // starting at it
        start = pivot;
        end = pivot.plusMinutes(mark * (1L + random.nextInt(16)));
        break;
      case 2: // ending at it
        start = pivot.minusMinutes(mark * (1L + random.nextInt(16)));
        end = pivot;
        break;
      case 3: // starting inside the gap or overlap
        start = early.plusMinutes(Math.max(5, inside / 5 / 2 * 5));
        end = start.plusMinutes(mark * (1L + random.nextInt(12)));
        break;
      case 4: // ending inside the gap or overlap
        end = early.plusMinutes(Math.max(5, inside / 5 / 2 * 5));
        start = end.minusMinutes(mark * (1L + random.nextInt(12)));
        break;
      default: // inside it entirely
        start = early.plusMinutes(5);
        end = start.plusMinutes(Math.max(5, inside / 3 / 5 * 5));
        break;
    }
    // Keep the window on one date: clip it to that date's 00:00..24:00.
    LocalDate date = random.nextBoolean() ? start.toLocalDate() : end.minusMinutes(1).toLocalDate();
    int startMinute = start.toLocalDate().isBefore(date) ? 0
        : start.toLocalDate().isAfter(date) ? 1440 : start.getHour() * 60 + start.getMinute();
    int endMinute = end.toLocalDate().isAfter(date) ? 1440
        : end.toLocalDate().isBefore(date) ? 0 : end.getHour() * 60 + end.getMinute();
    if (endMinute <= startMinute) {
      return null;
    }
    return new Object[] {date,
        TimeWindow.of(TimeOfDay.ofMinuteOfDay(startMinute), TimeOfDay.ofMinuteOfDay(endMinute))};
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Schedule
  // ---------------------------------------------------------------------------------------------------------------

  /**
   * Available every day, all day: a support line's schedule. With a grid of 5 or 15 minutes its instants are the
   * same whichever zone's midnight it starts from, which isolates the host zone's role (window and limits).
   */
  private static List<WeeklyRule> roundTheClock(LocalDate from, LocalDate to) {
    List<WeeklyRule> rules = new ArrayList<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      rules.add(WeeklyRule.available(day, TimeWindow.of("00:00", "24:00"), from.minusDays(200), to.plusDays(200)));
    }
    return rules;
  }

  private static List<WeeklyRule> weeklyRules(SplittableRandom random, LocalDate from, LocalDate to,
      ZoneOffsetTransition focus) {
    List<WeeklyRule> rules = new ArrayList<>();
    if (focus != null && focus.isGap() && random.nextInt(100) < 20) {
      // Busy from the middle of the gap to just after it: the run before it ends in the gap and so, moved forward
      // by the gap, ends after the next run starts. One date's two windows then overlap as instants.
      LocalDate date = focus.getDateTimeBefore().toLocalDate();
      int gapStart = focus.getDateTimeBefore().getHour() * 60 + focus.getDateTimeBefore().getMinute();
      int gap = (int) focus.getDuration().toMinutes();
      int busyStart = gapStart + gap / 2 / 5 * 5;
      int busyEnd = gapStart + gap + 5 * (1 + random.nextInt(Math.max(1, gap / 10 - 1)));
      if (busyEnd < 1440) {
        rules.add(WeeklyRule.available(date.getDayOfWeek(), TimeWindow.of(
            TimeOfDay.ofMinuteOfDay(Math.max(0, gapStart - 60)), TimeOfDay.ofMinuteOfDay(Math.min(1440, busyEnd + 60))),
            date.minusDays(14), date.plusDays(14)));
        rules.add(WeeklyRule.busy(date.getDayOfWeek(),
            TimeWindow.of(TimeOfDay.ofMinuteOfDay(busyStart), TimeOfDay.ofMinuteOfDay(busyEnd)),
            date.minusDays(14), date.plusDays(14)));
      }
    }
    if (focus != null && random.nextInt(100) < 55) {
      // Windows around the transition's local times, on its weekday.
      int focused = 1 + random.nextInt(2);
      for (int i = 0; i < focused; i++) {
        Object[] window = focusedWindow(random, focus);
        if (window != null) {
          LocalDate date = (LocalDate) window[0];
          rules.add(new WeeklyRule(date.getDayOfWeek(), (TimeWindow) window[1],
              random.nextInt(100) < 75 ? AvailabilityKind.AVAILABLE : AvailabilityKind.BUSY,
              date.minusDays(random.nextInt(100) < 80 ? 100 : random.nextInt(3)),
              date.plusDays(random.nextInt(100) < 80 ? 100 : random.nextInt(3))));
        }
      }
    }
    if (random.nextInt(100) < 45) {
      // A dense base: the same window every day, or on weekdays.
      TimeWindow window = window(random);
      boolean everyDay = random.nextBoolean();
      LocalDate[] dates = inForce(random, from, to);
      for (DayOfWeek day : DayOfWeek.values()) {
        if (everyDay || day.getValue() <= 5) {
          rules.add(WeeklyRule.available(day, window, dates[0], dates[1]));
        }
      }
    }
    int count = 1 + random.nextInt(6);
    for (int i = 0; i < count; i++) {
      DayOfWeek day = random.nextInt(100) < 80
          ? from.minusDays(1).plusDays(random.nextInt((int) (to.toEpochDay() - from.toEpochDay()) + 3))
              .getDayOfWeek()
          : DayOfWeek.of(1 + random.nextInt(7));
      LocalDate[] dates = inForce(random, from, to);
      TimeWindow window = window(random);
      if (random.nextInt(100) < 75) {
        rules.add(WeeklyRule.available(day, window, dates[0], dates[1]));
        if (random.nextInt(100) < 15 && !window.end().isEndOfDay()) {
          // An overnight window as two rules: to 24:00 and on from 00:00 the next day.
          rules.add(WeeklyRule.available(day, TimeWindow.of(window.start(), TimeOfDay.END_OF_DAY), dates[0],
              dates[1]));
          rules.add(WeeklyRule.available(day.plus(1),
              TimeWindow.of(TimeOfDay.MIDNIGHT, TimeOfDay.ofMinuteOfDay(15 * (1 + random.nextInt(24)))), dates[0],
              dates[1]));
        }
      } else {
        rules.add(WeeklyRule.busy(day, window, dates[0], dates[1]));
      }
    }
    return shuffle(random, rules);
  }

  private static LocalDate[] inForce(SplittableRandom random, LocalDate from, LocalDate to) {
    int choice = random.nextInt(100);
    if (choice < 65) {
      LocalDate start = from.minusDays(1 + random.nextInt(400));
      return new LocalDate[] {start, to.plusDays(1 + random.nextInt(400))};
    }
    int span = (int) (to.toEpochDay() - from.toEpochDay()) + 7;
    LocalDate start = choice < 85 ? from.minusDays(3).plusDays(random.nextInt(span)) : from.minusDays(300);
    LocalDate until = random.nextBoolean() ? start.plusDays(random.nextInt(span)) : start.plusDays(365);
    return new LocalDate[] {start, until};
  }

  /** A local window on 5-, 15-, 30- or 60-minute marks, often at night (where clocks change) or at midnight. */
  private static TimeWindow window(SplittableRandom random) {
    int[] marks = {5, 15, 15, 30, 30, 60};
    int mark = marks[random.nextInt(marks.length)];
    int start;
    int end;
    int kind = random.nextInt(100);
    if (kind < 12) {
      start = 0;
      end = 60 + random.nextInt(1380);
    } else if (kind < 25) {
      start = random.nextInt(1440 - 60);
      end = 1440;
    } else if (kind < 32) {
      start = 0;
      end = 1440;
    } else if (kind < 55) {
      // Night: where most zones change their clocks (Chatham at 02:45, Santiago and Havana at midnight).
      start = random.nextInt(5 * 60);
      end = start + 15 + random.nextInt(5 * 60);
    } else {
      start = 6 * 60 + random.nextInt(9 * 60);
      end = start + 30 + random.nextInt(10 * 60);
    }
    start = start / mark * mark;
    end = Math.min(1440, (end + mark - 1) / mark * mark);
    if (end <= start) {
      end = Math.min(1440, start + mark);
    }
    return TimeWindow.of(TimeOfDay.ofMinuteOfDay(start), TimeOfDay.ofMinuteOfDay(end));
  }

  private static List<DateOverride> overrides(SplittableRandom random, LocalDate from, LocalDate to,
      ZoneOffsetTransition focus) {
    List<DateOverride> overrides = new ArrayList<>();
    if (focus != null && random.nextInt(100) < 25) {
      Object[] window = focusedWindow(random, focus);
      if (window != null) {
        LocalDate date = (LocalDate) window[0];
        List<TimeWindow> windows = new ArrayList<>(List.of((TimeWindow) window[1]));
        if (random.nextBoolean()) {
          windows.add(window(random));
        }
        overrides.add(random.nextInt(100) < 65 ? DateOverride.of(date, windows, List.of())
            : DateOverride.of(date, List.of(), windows));
      }
    }
    if (random.nextInt(100) < 45) {
      return overrides;
    }
    int count = 1 + random.nextInt(4);
    int span = (int) (to.toEpochDay() - from.toEpochDay()) + 5;
    for (int i = 0; i < count; i++) {
      LocalDate date = from.minusDays(2).plusDays(random.nextInt(span));
      int kind = random.nextInt(100);
      if (kind < 25) {
        overrides.add(DateOverride.unavailableAllDay(date));
      } else if (kind < 60) {
        overrides.add(DateOverride.of(date, windows(random, 1 + random.nextInt(3)), List.of()));
      } else if (kind < 85) {
        overrides.add(DateOverride.of(date, List.of(), windows(random, 1 + random.nextInt(2))));
      } else if (kind < 97) {
        overrides.add(DateOverride.of(date, windows(random, 1 + random.nextInt(2)), windows(random, 1)));
      } else {
        overrides.add(new DateOverride(date, windows(random, 1), List.of(), true));
      }
      if (random.nextInt(100) < 10) {
        // A second override on the same date: they combine.
        overrides.add(random.nextBoolean() ? DateOverride.of(date, windows(random, 1), List.of())
            : DateOverride.of(date, List.of(), windows(random, 1)));
      }
    }
    return shuffle(random, overrides);
  }

  private static List<TimeWindow> windows(SplittableRandom random, int count) {
    List<TimeWindow> windows = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      windows.add(window(random));
    }
    return windows;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Event type
  // ---------------------------------------------------------------------------------------------------------------

  private static EventTypeRules eventType(SplittableRandom random, LocalDate from, LocalDate to,
      boolean roundTheClock) {
    int count = random.nextInt(100) < 60 ? 1 : random.nextInt(100) < 60 ? 2 : 3;
    List<Duration> durations = new ArrayList<>();
    while (durations.size() < count) {
      int choice = random.nextInt(100);
      int minutes = choice < 75 ? REALISTIC_DURATIONS[random.nextInt(REALISTIC_DURATIONS.length)]
          : choice < 93 ? OTHER_DURATIONS[random.nextInt(OTHER_DURATIONS.length)] : 5 + random.nextInt(716);
      Duration duration = Duration.ofMinutes(minutes);
      if (!durations.contains(duration)) {
        durations.add(duration);
      }
    }
    EventTypeRules.Builder builder = EventTypeRules.builder().durations(durations);
    if (random.nextInt(100) < 25) {
      builder.defaultDuration(durations.get(random.nextInt(durations.size())));
    }
    int interval = random.nextInt(100);
    if (roundTheClock) {
      builder.slotInterval(Duration.ofMinutes(random.nextBoolean() ? 5 : 15));
    } else if (interval >= 40) {
      builder.slotInterval(Duration.ofMinutes(interval < 85 ? INTERVALS[random.nextInt(INTERVALS.length)]
          : interval < 97 ? 5 + random.nextInt(116) : 121 + random.nextInt(600)));
    }
    if (random.nextInt(100) < 35) {
      builder.bufferBefore(Duration.ofMinutes(buffer(random)));
    }
    if (random.nextInt(100) < 35) {
      builder.bufferAfter(Duration.ofMinutes(buffer(random)));
    }
    int noticeChoice = random.nextInt(100);
    int notice = noticeChoice < 85 ? NOTICES[random.nextInt(NOTICES.length)]
        : noticeChoice < 97 ? random.nextInt(1441) : 1441 + random.nextInt(3 * 1440);
    builder.minimumNotice(Duration.ofMinutes(notice));
    if (random.nextInt(100) < 75) {
      int rolling = random.nextInt(100);
      builder.bookingWindow(BookingWindow.rollingDays(rolling < 12 ? random.nextInt(3)
          : rolling < 85 ? ROLLING_DAYS[3 + random.nextInt(ROLLING_DAYS.length - 3)] : random.nextInt(91)));
    } else {
      int span = (int) (to.toEpochDay() - from.toEpochDay()) + 1;
      LocalDate first = random.nextInt(100) < 20 ? from.minusDays(5).plusDays(random.nextInt(span + 10))
          : from.minusDays(3).plusDays(random.nextInt(span));
      LocalDate until = first.plusDays(random.nextInt(span + 5));
      builder.bookingWindow(BookingWindow.between(first, until.isBefore(from) ? from : until));
    }
    if (random.nextInt(100) < (roundTheClock ? 40 : 15)) {
      builder.dailyLimit(1 + random.nextInt(3));
    }
    if (random.nextInt(100) < (roundTheClock ? 30 : 10)) {
      builder.weeklyLimit(1 + random.nextInt(3));
    }
    return builder.build();
  }

  private static int buffer(SplittableRandom random) {
    int choice = random.nextInt(100);
    return choice < 15 ? 0 : choice < 83 ? BUFFERS[random.nextInt(BUFFERS.length)] : choice < 97 ? random.nextInt(61)
        : 120 + random.nextInt(601); // rarely, up to the 720-minute bound
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Bookings and busy time
  // ---------------------------------------------------------------------------------------------------------------

  private static List<ExistingBooking> bookings(SplittableRandom random, ZoneId zone, LocalDate from,
      LocalDate to, EventTypeRules rules, ZoneOffsetTransition focus) {
    List<ExistingBooking> bookings = new ArrayList<>();
    if (random.nextInt(100) < 25) {
      return bookings;
    }
    int count = (int) Math.round(Math.pow(random.nextDouble(), 2) * 40);
    int days = (int) (to.toEpochDay() - from.toEpochDay()) + 6;
    for (int i = 0; i < count; i++) {
      LocalDate date = from.minusDays(2).plusDays(random.nextInt(days));
      Instant start;
      if (focus != null && random.nextInt(100) < 10) {
        start = focus.getInstant().plus(Duration.ofMinutes(15L * (random.nextInt(17) - 8)));
      } else if (random.nextInt(100) < 60) {
        // On a quarter hour of local time, as most bookings are.
        start = ZonedDateTime.of(date, LocalTime.of(0, 0).plusMinutes(15L * random.nextInt(96)), zone).toInstant();
      } else {
        start = ZonedDateTime.of(date, LocalTime.MIDNIGHT, zone).toInstant()
            .plus(Duration.ofMinutes(random.nextInt(1440)));
      }
      int choice = random.nextInt(100);
      long minutes = choice < 40 ? rules.durations().get(random.nextInt(rules.durations().size())).toMinutes()
          : choice < 80 ? REALISTIC_DURATIONS[random.nextInt(REALISTIC_DURATIONS.length)]
          : choice < 97 ? 5 + random.nextInt(236) : 240 + random.nextInt(481);
      Interval meeting = Interval.ofLength(start, Duration.ofMinutes(minutes));
      boolean buffered = random.nextInt(100) < 40;
      Duration before = Duration.ofMinutes(buffered ? buffer(random) : 0);
      Duration after = Duration.ofMinutes(buffered ? buffer(random) : 0);
      bookings.add(random.nextBoolean() ? ExistingBooking.ofThisEventType(meeting, before, after)
          : ExistingBooking.ofOtherEventType(meeting, before, after));
    }
    return bookings;
  }

  private static List<Interval> busyTimes(SplittableRandom random, ZoneId zone, LocalDate from, LocalDate to,
      ZoneOffsetTransition focus) {
    List<Interval> busy = new ArrayList<>();
    if (random.nextInt(100) < 30) {
      return busy;
    }
    int count = (int) Math.round(Math.pow(random.nextDouble(), 2) * 30);
    int days = (int) (to.toEpochDay() - from.toEpochDay()) + 6;
    Instant base = ZonedDateTime.of(from.minusDays(2), LocalTime.MIDNIGHT, zone).toInstant();
    for (int i = 0; i < count; i++) {
      boolean secondAligned = random.nextInt(100) < 30;
      Instant start = focus != null && random.nextInt(100) < 10
          ? focus.getInstant().plusSeconds(60L * (random.nextInt(241) - 120))
          : base.plusSeconds(60L * random.nextInt(days * 1440));
      start = start.plusSeconds(secondAligned ? random.nextInt(60) : 0);
      int choice = random.nextInt(100);
      Duration length = choice < 70 ? Duration.ofMinutes(5 + random.nextInt(236))
          : choice < 88 ? Duration.ofMinutes(1 + random.nextInt(30)) : choice < 97
          ? Duration.ofSeconds(1 + random.nextInt(600)) : Duration.ofMinutes(720 + random.nextInt(3 * 1440));
      busy.add(Interval.ofLength(start, length));
    }
    return busy;
  }

  // ---------------------------------------------------------------------------------------------------------------

  private static <T> T pick(SplittableRandom random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private static <T> List<T> shuffle(SplittableRandom random, List<T> values) {
    List<T> shuffled = new ArrayList<>(values);
    for (int i = shuffled.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      T swap = shuffled.get(i);
      shuffled.set(i, shuffled.get(j));
      shuffled.set(j, swap);
    }
    return shuffled;
  }
}
