package dev.slotwise.scheduling;

import java.time.LocalDate;

/**
 * Which local dates, in the host's zone, an event type can be booked on: a rolling number of days from today,
 * or a fixed range of dates. The window bounds the date a meeting starts on; how soon it may start is the
 * event type's minimum notice.
 */
public sealed interface BookingWindow permits BookingWindow.Rolling, BookingWindow.Fixed {
  /** The most days ahead a rolling window may reach: ten years. */
  int MAX_ROLLING_DAYS = 3660;

  /**
   * Starts on today (in the host's zone) and the next {@code days} dates.
   *
   * @param days 0 (today only) to {@value #MAX_ROLLING_DAYS}
   * @return the window
   * @throws SchedulingInputException if days is out of range
   */
  static BookingWindow rollingDays(int days) {
    return new Rolling(days);
  }

  /**
   * Starts on the dates {@code from} to {@code until}, both inclusive.
   *
   * @param from the first bookable date
   * @param until the last bookable date
   * @return the window
   * @throws SchedulingInputException if a date is null or until is before from
   */
  static BookingWindow between(LocalDate from, LocalDate until) {
    return new Fixed(from, until);
  }

  /**
   * The first bookable date, as an epoch day, given today's.
   *
   * @param today today's epoch day in the host's zone
   * @return the first epoch day a meeting may start on
   */
  long firstDay(long today);

  /**
   * The last bookable date, as an epoch day, given today's.
   *
   * @param today today's epoch day in the host's zone
   * @return the last epoch day a meeting may start on
   */
  long lastDay(long today);

  /**
   * A window of today and the next {@code days} dates. Dates before today are not outside it: a start in the
   * past is refused for its notice, not for its date.
   *
   * @param days how many dates after today the window reaches
   */
  record Rolling(int days) implements BookingWindow {
    /**
     * Checks the number of days.
     *
     * @throws SchedulingInputException if out of range
     */
    public Rolling {
      Require.between("bookingWindow.rollingDays", days, 0, MAX_ROLLING_DAYS);
    }

    @Override
    public long firstDay(long today) {
      return Long.MIN_VALUE;
    }

    @Override
    public long lastDay(long today) {
      return today + days;
    }
  }

  /**
   * A window of fixed dates.
   *
   * @param from the first bookable date
   * @param until the last bookable date
   */
  record Fixed(LocalDate from, LocalDate until) implements BookingWindow {
    /**
     * Checks the dates.
     *
     * @throws SchedulingInputException if a date is null or until is before from
     */
    public Fixed {
      Require.notNull("bookingWindow.from", from);
      Require.notNull("bookingWindow.until", until);
      if (until.isBefore(from)) {
        throw new SchedulingInputException("bookingWindow.until", "must not be before bookingWindow.from " + from,
            until);
      }
    }

    @Override
    public long firstDay(long today) {
      return from.toEpochDay();
    }

    @Override
    public long lastDay(long today) {
      return until.toEpochDay();
    }
  }
}
