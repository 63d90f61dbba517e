package dev.slotwise.scheduling;

import java.time.LocalTime;

/**
 * A local time of day to the minute, from {@code 00:00} to {@code 24:00} inclusive. {@code 24:00} is the end of
 * the day, the start of the next local date, which {@link LocalTime} cannot express; a window
 * {@code 22:00–24:00} runs to midnight.
 *
 * <p>Immutable and thread-safe.
 */
public final class TimeOfDay implements Comparable<TimeOfDay> {
  /** Minutes in a day: the minute of day of {@link #END_OF_DAY}. */
  public static final int MINUTES_PER_DAY = 24 * 60;
  /** {@code 00:00}, the start of the day. */
  public static final TimeOfDay MIDNIGHT = new TimeOfDay(0);
  /** {@code 24:00}, the end of the day. */
  public static final TimeOfDay END_OF_DAY = new TimeOfDay(MINUTES_PER_DAY);

  private final int minuteOfDay;

  private TimeOfDay(int minuteOfDay) {
    this.minuteOfDay = minuteOfDay;
  }

  /**
   * The time at the given minute of the day.
   *
   * @param minuteOfDay 0 to 1440
   * @return the time
   * @throws SchedulingInputException if the minute is out of range
   */
  public static TimeOfDay ofMinuteOfDay(int minuteOfDay) {
    Require.between("timeOfDay.minuteOfDay", minuteOfDay, 0, MINUTES_PER_DAY);
    return minuteOfDay == 0 ? MIDNIGHT : minuteOfDay == MINUTES_PER_DAY ? END_OF_DAY : new TimeOfDay(minuteOfDay);
  }

  /**
   * The time {@code hour:minute}; {@code 24:00} is the end of the day.
   *
   * @param hour 0 to 24
   * @param minute 0 to 59, and 0 when the hour is 24
   * @return the time
   * @throws SchedulingInputException if the time does not exist
   */
  public static TimeOfDay of(int hour, int minute) {
    Require.between("timeOfDay.hour", hour, 0, 24);
    Require.between("timeOfDay.minute", minute, 0, hour == 24 ? 0 : 59);
    return ofMinuteOfDay(hour * 60 + minute);
  }

  /**
   * The same time of day as a {@link LocalTime} with no seconds.
   *
   * @param time a local time on a whole minute
   * @return the time
   * @throws SchedulingInputException if the time is null or has seconds
   */
  public static TimeOfDay of(LocalTime time) {
    Require.notNull("timeOfDay", time);
    if (time.getSecond() != 0 || time.getNano() != 0) {
      throw new SchedulingInputException("timeOfDay", "must be a whole minute", time);
    }
    return ofMinuteOfDay(time.getHour() * 60 + time.getMinute());
  }

  /**
   * Parses {@code HH:mm}, from {@code 00:00} to {@code 24:00}.
   *
   * @param text the time
   * @return the time
   * @throws SchedulingInputException if the text is not such a time
   */
  public static TimeOfDay parse(CharSequence text) {
    Require.notNull("timeOfDay", text);
    String value = text.toString();
    if (value.length() != 5 || value.charAt(2) != ':' || !isDigits(value, 0, 2) || !isDigits(value, 3, 5)) {
      throw new SchedulingInputException("timeOfDay", "must be HH:mm from 00:00 to 24:00", value);
    }
    int hour = Integer.parseInt(value, 0, 2, 10);
    int minute = Integer.parseInt(value, 3, 5, 10);
    if (hour > 24 || minute > 59 || (hour == 24 && minute != 0)) {
      throw new SchedulingInputException("timeOfDay", "must be HH:mm from 00:00 to 24:00", value);
    }
    return ofMinuteOfDay(hour * 60 + minute);
  }

  private static boolean isDigits(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** {@return minutes since the start of the day, 0 to 1440} */
  public int minuteOfDay() {
    return minuteOfDay;
  }

  /** {@return whether this is {@code 24:00}} */
  public boolean isEndOfDay() {
    return minuteOfDay == MINUTES_PER_DAY;
  }

  /**
   * This time as a {@link LocalTime}; {@code 24:00} has none.
   *
   * @return the local time
   * @throws IllegalStateException for {@code 24:00}
   */
  public LocalTime toLocalTime() {
    if (isEndOfDay()) {
      throw new IllegalStateException("24:00 has no LocalTime; it is the next day's 00:00");
    }
    return LocalTime.of(minuteOfDay / 60, minuteOfDay % 60);
  }

  @Override
  public int compareTo(TimeOfDay other) {
    return Integer.compare(minuteOfDay, other.minuteOfDay);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TimeOfDay that && minuteOfDay == that.minuteOfDay;
  }

  @Override
  public int hashCode() {
    return minuteOfDay;
  }

  /** The time as {@code HH:mm}. */
  @Override
  public String toString() {
    return String.format("%02d:%02d", minuteOfDay / 60, minuteOfDay % 60);
  }
}
