package dev.slotwise.scheduling;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * A window of local time on one day of the week, of kind {@link AvailabilityKind#AVAILABLE} or
 * {@link AvailabilityKind#BUSY}, in force on the dates {@code from} to {@code until}, both inclusive. An
 * overnight window is two rules, one ending at {@code 24:00} and one starting at {@code 00:00} the next day.
 *
 * <p>Immutable and thread-safe.
 *
 * @param day the day of the week the window recurs on
 * @param window the local times, {@code [start, end)}
 * @param kind whether the window opens time or takes it away
 * @param from the first date the rule is in force
 * @param until the last date the rule is in force
 */
public record WeeklyRule(DayOfWeek day, TimeWindow window, AvailabilityKind kind, LocalDate from, LocalDate until) {
  /**
   * Checks the rule.
   *
   * @throws SchedulingInputException if a part is null or {@code until} is before {@code from}
   */
  public WeeklyRule {
    Require.notNull("weeklyRule.day", day);
    Require.notNull("weeklyRule.window", window);
    Require.notNull("weeklyRule.kind", kind);
    Require.notNull("weeklyRule.from", from);
    Require.notNull("weeklyRule.until", until);
    if (until.isBefore(from)) {
      throw new SchedulingInputException("weeklyRule.until", "must not be before weeklyRule.from " + from, until);
    }
  }

  /**
   * An available window in force from {@code from} to {@code until}, both inclusive.
   *
   * @param day the day of the week
   * @param window the local times
   * @param from the first date in force
   * @param until the last date in force
   * @return the rule
   */
  public static WeeklyRule available(DayOfWeek day, TimeWindow window, LocalDate from, LocalDate until) {
    return new WeeklyRule(day, window, AvailabilityKind.AVAILABLE, from, until);
  }

  /**
   * A busy window in force from {@code from} to {@code until}, both inclusive.
   *
   * @param day the day of the week
   * @param window the local times
   * @param from the first date in force
   * @param until the last date in force
   * @return the rule
   */
  public static WeeklyRule busy(DayOfWeek day, TimeWindow window, LocalDate from, LocalDate until) {
    return new WeeklyRule(day, window, AvailabilityKind.BUSY, from, until);
  }

  /**
   * Whether the rule applies to a date: the right day of the week, within {@code [from, until]}.
   *
   * @param date a local date in the schedule's zone
   * @return true if the rule is in force that day
   */
  public boolean appliesOn(LocalDate date) {
    return date.getDayOfWeek() == day && !date.isBefore(from) && !date.isAfter(until);
  }
}
