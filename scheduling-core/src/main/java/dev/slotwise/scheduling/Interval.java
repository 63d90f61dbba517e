package dev.slotwise.scheduling;

import dev.slotwise.scheduling.internal.Nanos;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A half-open interval of instants {@code [start, end)}: it contains its start and not its end, so intervals
 * that {@linkplain #abuts abut} do not {@linkplain #overlaps overlap}. Never empty: the start is before the end.
 * Instants are kept exactly, to the nanosecond, from 1900-01-01T00:00Z and before 2200-01-01T00:00Z.
 *
 * <p>Immutable and thread-safe.
 */
public final class Interval implements Comparable<Interval> {
  private final Instant start;
  private final Instant end;
  /** The same instants as epoch nanoseconds, which the engine reads many times. */
  private final long startNanos;
  private final long endNanos;

  private Interval(Instant start, Instant end, long startNanos, long endNanos) {
    this.start = start;
    this.end = end;
    this.startNanos = startNanos;
    this.endNanos = endNanos;
  }

  /**
   * The interval {@code [start, end)}.
   *
   * @param start the first instant in the interval
   * @param end the first instant after it
   * @return the interval
   * @throws SchedulingInputException if either is null or unsupported, or end is not after start
   */
  public static Interval of(Instant start, Instant end) {
    long startNanos = Require.instant("interval.start", start);
    long endNanos = Require.instant("interval.end", end);
    if (endNanos <= startNanos) {
      throw new SchedulingInputException("interval.end", "must be after interval.start " + start, end);
    }
    return new Interval(start, end, startNanos, endNanos);
  }

  /**
   * The interval of the given length from {@code start}.
   *
   * @param start the first instant in the interval
   * @param length how long it lasts; positive
   * @return the interval
   * @throws SchedulingInputException if either is null, the length is not positive, or the end is unsupported
   */
  public static Interval ofLength(Instant start, Duration length) {
    Require.instant("interval.start", start);
    Require.notNull("interval.length", length);
    if (length.isNegative() || length.isZero()) {
      throw new SchedulingInputException("interval.length", "must be positive", length);
    }
    if (length.compareTo(Duration.between(start, Nanos.MAX)) >= 0) {
      throw new SchedulingInputException("interval.length", "must end before " + Nanos.MAX, length);
    }
    Instant end = start.plus(length);
    return new Interval(start, end, Nanos.of(start), Nanos.of(end));
  }

  static Interval ofNanos(long start, long end) {
    return new Interval(Nanos.toInstant(start), Nanos.toInstant(end), start, end);
  }

  long startNanos() {
    return startNanos;
  }

  long endNanos() {
    return endNanos;
  }

  /** {@return the first instant in the interval} */
  public Instant start() {
    return start;
  }

  /** {@return the first instant after the interval} */
  public Instant end() {
    return end;
  }

  /** {@return the time from start to end} */
  public Duration length() {
    return Duration.between(start, end);
  }

  /**
   * Whether the instant lies in {@code [start, end)}.
   *
   * @param instant the instant to test
   * @return true if start &le; instant &lt; end
   */
  public boolean contains(Instant instant) {
    return !instant.isBefore(start) && instant.isBefore(end);
  }

  /**
   * Whether this interval covers all of another.
   *
   * @param other the interval to test
   * @return true if other lies within this one
   */
  public boolean encloses(Interval other) {
    return !other.start.isBefore(start) && !other.end.isAfter(end);
  }

  /**
   * Whether the two intervals share an instant. Intervals that only abut do not overlap.
   *
   * @param other the interval to test
   * @return true if they share at least one instant
   */
  public boolean overlaps(Interval other) {
    return start.isBefore(other.end) && other.start.isBefore(end);
  }

  /**
   * Whether one interval ends exactly where the other starts.
   *
   * @param other the interval to test
   * @return true if they touch without overlapping
   */
  public boolean abuts(Interval other) {
    return end.equals(other.start) || other.end.equals(start);
  }

  /**
   * The instants both intervals share.
   *
   * @param other the other interval
   * @return the common part, or empty if they do not overlap
   */
  public Optional<Interval> intersection(Interval other) {
    if (!overlaps(other)) {
      return Optional.empty();
    }
    return Optional.of(ofNanos(Math.max(startNanos, other.startNanos), Math.min(endNanos, other.endNanos)));
  }

  /** Orders by start, then by end. */
  @Override
  public int compareTo(Interval other) {
    int byStart = start.compareTo(other.start);
    return byStart != 0 ? byStart : end.compareTo(other.end);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Interval that && start.equals(that.start) && end.equals(that.end);
  }

  @Override
  public int hashCode() {
    return 31 * start.hashCode() + end.hashCode();
  }

  /** The interval as {@code [start, end)} in ISO-8601. */
  @Override
  public String toString() {
    return "[" + start + ", " + end + ")";
  }
}
