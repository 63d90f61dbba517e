package dev.slotwise.scheduling;

/**
 * A half-open window of local time within one day, {@code [start, end)}, such as {@code 09:00–17:00} or
 * {@code 22:00–24:00}. The start is before the end; a window over midnight is two windows, one on each date.
 *
 * <p>Immutable and thread-safe.
 *
 * @param start the first minute of the window
 * @param end the first minute after it; {@code 24:00} at the latest
 */
public record TimeWindow(TimeOfDay start, TimeOfDay end) {
  /**
   * Checks the window.
   *
   * @throws SchedulingInputException if either end is null or the start is not before the end
   */
  public TimeWindow {
    Require.notNull("window.start", start);
    Require.notNull("window.end", end);
    if (start.compareTo(end) >= 0) {
      throw new SchedulingInputException("window.end", "must be after window.start " + start, end);
    }
  }

  /**
   * The window between two times.
   *
   * @param start the first minute
   * @param end the first minute after the window
   * @return the window
   */
  public static TimeWindow of(TimeOfDay start, TimeOfDay end) {
    return new TimeWindow(start, end);
  }

  /**
   * The window between two times written {@code HH:mm}, such as {@code of("09:00", "17:00")}.
   *
   * @param start the first minute
   * @param end the first minute after the window, up to {@code 24:00}
   * @return the window
   */
  public static TimeWindow of(String start, String end) {
    return new TimeWindow(TimeOfDay.parse(start), TimeOfDay.parse(end));
  }

  /** The window as {@code HH:mm–HH:mm}. */
  @Override
  public String toString() {
    return start + "–" + end;
  }
}
