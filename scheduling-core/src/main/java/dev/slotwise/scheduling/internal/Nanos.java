package dev.slotwise.scheduling.internal;

import java.time.Instant;

/**
 * Instants as epoch nanoseconds in a {@code long}: exact, and cheap to compare and add. A {@code long} holds
 * years 1677 to 2262; the engine accepts {@link #MIN} to {@link #MAX} so that buffers and durations added to a
 * valid instant can never overflow.
 */
public final class Nanos {
  public static final long PER_SECOND = 1_000_000_000L;
  public static final long PER_MINUTE = 60 * PER_SECOND;
  public static final long PER_HOUR = 60 * PER_MINUTE;
  public static final long PER_DAY = 24 * PER_HOUR;

  /** The earliest supported instant, 1900-01-01T00:00:00Z. */
  public static final Instant MIN = Instant.parse("1900-01-01T00:00:00Z");
  /** The instant just past the latest supported one, 2200-01-01T00:00:00Z. */
  public static final Instant MAX = Instant.parse("2200-01-01T00:00:00Z");

  private Nanos() {}

  /** Whether the instant lies in the supported range {@code [MIN, MAX)}. */
  public static boolean isSupported(Instant instant) {
    return !instant.isBefore(MIN) && instant.isBefore(MAX);
  }

  /** The instant's epoch nanoseconds; the caller has checked {@link #isSupported}. */
  public static long of(Instant instant) {
    return instant.getEpochSecond() * PER_SECOND + instant.getNano();
  }

  public static Instant toInstant(long nanos) {
    long seconds = Math.floorDiv(nanos, PER_SECOND);
    long nano = nanos - seconds * PER_SECOND;
    // Slot starts are whole minutes: the one-argument factory skips the nanosecond adjustment.
    return nano == 0 ? Instant.ofEpochSecond(seconds) : Instant.ofEpochSecond(seconds, nano);
  }
}
