package dev.slotwise.scheduling;

import dev.slotwise.scheduling.internal.Nanos;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Checks at the boundary, each failing with a {@link SchedulingInputException} that names field and bound. */
final class Require {
  private Require() {}

  static <T> T notNull(String field, T value) {
    if (value == null) {
      throw new SchedulingInputException(field, "must not be null", null);
    }
    return value;
  }

  static long instant(String field, Instant value) {
    notNull(field, value);
    if (!Nanos.isSupported(value)) {
      throw new SchedulingInputException(field, "must be from " + Nanos.MIN + " and before " + Nanos.MAX, value);
    }
    return Nanos.of(value);
  }

  /** A whole number of minutes within {@code [min, max]}; returns the minutes. */
  static int minutes(String field, Duration value, int min, int max) {
    notNull(field, value);
    if (value.isNegative() || value.toSeconds() % 60 != 0 || value.getNano() != 0
        || value.toMinutes() < min || value.toMinutes() > max) {
      throw new SchedulingInputException(field, "must be a whole number of minutes from " + min + " to " + max,
          describe(value));
    }
    return (int) value.toMinutes();
  }

  static int between(String field, int value, int min, int max) {
    if (value < min || value > max) {
      throw new SchedulingInputException(field, "must be from " + min + " to " + max, value);
    }
    return value;
  }

  /** An immutable copy of a collection with no null element. */
  static <T> List<T> elements(String field, Collection<? extends T> values) {
    notNull(field, values);
    try {
      // One copy, or none when the list is already an immutable copy.
      return List.copyOf(values);
    } catch (NullPointerException withNull) {
      int index = 0;
      for (T value : values) {
        notNull(field + "[" + index++ + "]", value);
      }
      throw withNull;
    }
  }

  /** A duration as people write it: minutes where it is whole minutes, ISO-8601 otherwise. */
  static String describe(Duration value) {
    return value.getNano() == 0 && value.toSeconds() % 60 == 0 ? value.toMinutes() + " minutes" : value.toString();
  }
}
