package dev.slotwise.scheduling;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A small vocabulary for tests, so each case reads like the scheduling rules it checks. */
final class Fixtures {
  static final LocalDate EVER_FROM = LocalDate.of(2000, 1, 1);
  static final LocalDate EVER_UNTIL = LocalDate.of(2099, 12, 31);
  static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

  private Fixtures() {}

  static ZoneId zone(String id) {
    return ZoneId.of(id);
  }

  /** The instant of a local date-time such as {@code 2026-03-08T09:00} in a zone, as ZonedDateTime.of resolves it. */
  static Instant at(String localDateTime, String zone) {
    return ZonedDateTime.of(LocalDateTime.parse(localDateTime), ZoneId.of(zone)).toInstant();
  }

  static Instant utc(String instant) {
    return Instant.parse(instant);
  }

  static Duration minutes(long minutes) {
    return Duration.ofMinutes(minutes);
  }

  static TimeWindow window(String start, String end) {
    return TimeWindow.of(start, end);
  }

  static WeeklyRule available(DayOfWeek day, String start, String end) {
    return WeeklyRule.available(day, window(start, end), EVER_FROM, EVER_UNTIL);
  }

  static WeeklyRule busy(DayOfWeek day, String start, String end) {
    return WeeklyRule.busy(day, window(start, end), EVER_FROM, EVER_UNTIL);
  }

  static List<WeeklyRule> everyDay(String start, String end) {
    List<WeeklyRule> rules = new ArrayList<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      rules.add(available(day, start, end));
    }
    return rules;
  }

  static List<WeeklyRule> weekdays(String start, String end) {
    List<WeeklyRule> rules = new ArrayList<>();
    for (DayOfWeek day : WEEKDAYS) {
      rules.add(available(day, start, end));
    }
    return rules;
  }

  static Schedule schedule(String zone, List<WeeklyRule> rules, DateOverride... overrides) {
    return Schedule.of(ZoneId.of(zone), rules, List.of(overrides));
  }

  static Interval interval(Instant start, Instant end) {
    return Interval.of(start, end);
  }

  /** A meeting from a local start, in the given zone, lasting some minutes. */
  static Interval meeting(String localStart, String zone, long minutes) {
    Instant start = at(localStart, zone);
    return Interval.of(start, start.plus(Duration.ofMinutes(minutes)));
  }

  static EventTypeRules.Builder event(long... durationsInMinutes) {
    List<Duration> durations = new ArrayList<>();
    for (long duration : durationsInMinutes) {
      durations.add(Duration.ofMinutes(duration));
    }
    return EventTypeRules.builder().durations(durations);
  }

  /** Starts of slots as local date-times in a zone, for readable assertions. */
  static List<String> local(List<Instant> starts, String zone) {
    List<String> texts = new ArrayList<>();
    for (Instant start : starts) {
      texts.add(start.atZone(ZoneId.of(zone)).toLocalDateTime().toString());
    }
    return texts;
  }
}
