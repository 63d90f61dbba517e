package dev.slotwise.scheduling;

import java.time.LocalDate;
import java.util.List;

/**
 * What one local date looks like instead of, or besides, the weekly rules. Either the date is
 * {@linkplain #unavailableAllDay(LocalDate) unavailable all day}, or it lists windows: {@code available}
 * windows, when present, replace the weekly rules' available windows for the date; {@code busy} windows are
 * taken away from whatever is available.
 *
 * <p>Immutable and thread-safe.
 *
 * @param date the local date, in the schedule's zone
 * @param available windows that replace the weekly availability of the date; may be empty
 * @param busy windows taken away from the date's availability; may be empty
 * @param unavailableAll whether nothing on the date can be booked, whatever the windows say
 */
public record DateOverride(LocalDate date, List<TimeWindow> available, List<TimeWindow> busy,
    boolean unavailableAll) {
  /**
   * Checks the override and makes its lists immutable.
   *
   * @throws SchedulingInputException if a part is null, or the override says nothing
   */
  public DateOverride {
    Require.notNull("dateOverride.date", date);
    available = Require.elements("dateOverride.available", available);
    busy = Require.elements("dateOverride.busy", busy);
    if (!unavailableAll && available.isEmpty() && busy.isEmpty()) {
      throw new SchedulingInputException("dateOverride", "must list a window or be unavailable all day",
          date + " with no windows");
    }
  }

  /**
   * The date with nothing bookable.
   *
   * @param date the local date
   * @return the override
   */
  public static DateOverride unavailableAllDay(LocalDate date) {
    return new DateOverride(date, List.of(), List.of(), true);
  }

  /**
   * The date with its own available and busy windows.
   *
   * @param date the local date
   * @param available windows that replace the weekly availability; empty to keep the weekly rules
   * @param busy windows to take away
   * @return the override
   */
  public static DateOverride of(LocalDate date, List<TimeWindow> available, List<TimeWindow> busy) {
    return new DateOverride(date, available, busy, false);
  }

  /**
   * The date available exactly in the given windows.
   *
   * @param date the local date
   * @param windows the available windows
   * @return the override
   */
  public static DateOverride available(LocalDate date, TimeWindow... windows) {
    return of(date, List.of(windows), List.of());
  }

  /**
   * The date as the weekly rules make it, less the given windows.
   *
   * @param date the local date
   * @param windows the busy windows
   * @return the override
   */
  public static DateOverride busy(LocalDate date, TimeWindow... windows) {
    return of(date, List.of(), List.of(windows));
  }
}
