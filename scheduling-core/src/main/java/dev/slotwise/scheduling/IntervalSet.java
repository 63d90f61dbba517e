package dev.slotwise.scheduling;

import dev.slotwise.scheduling.internal.Nanos;
import dev.slotwise.scheduling.internal.Ranges;
import java.time.Instant;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;

/**
 * A set of instants stored as sorted, disjoint, half-open {@link Interval}s. Intervals that overlap or touch are
 * merged when the set is made, so {@code [9:00, 10:00)} and {@code [10:00, 11:00)} become {@code [9:00, 11:00)}
 * and the representation of a set is unique: two sets are equal exactly when they hold the same instants.
 *
 * <p>Immutable and thread-safe. Union, intersection and difference take time linear in the sizes of the sets.
 */
public final class IntervalSet implements Iterable<Interval> {
  private static final IntervalSet EMPTY = new IntervalSet(Ranges.EMPTY);

  /** Interleaved epoch nanoseconds {@code [start0, end0, start1, end1, …]}, normal in the sense of Ranges. */
  private final long[] ranges;

  private IntervalSet(long[] ranges) {
    this.ranges = ranges;
  }

  static IntervalSet ofNormalRanges(long[] ranges) {
    return ranges.length == 0 ? EMPTY : new IntervalSet(ranges);
  }

  /**
   * The set with no instants.
   *
   * @return the empty set
   */
  public static IntervalSet empty() {
    return EMPTY;
  }

  /**
   * The union of the given intervals, in any order, overlapping or not.
   *
   * @param intervals the intervals
   * @return their union
   */
  public static IntervalSet of(Interval... intervals) {
    return of(Arrays.asList(Require.notNull("intervals", intervals)));
  }

  /**
   * The union of the given intervals, in any order, overlapping or not.
   *
   * @param intervals the intervals
   * @return their union
   * @throws SchedulingInputException if the collection or one of its elements is null
   */
  public static IntervalSet of(Collection<Interval> intervals) {
    Require.notNull("intervals", intervals);
    long[] starts = new long[intervals.size()];
    long[] ends = new long[intervals.size()];
    int count = 0;
    for (Interval interval : intervals) {
      Require.notNull("intervals[" + count + "]", interval);
      starts[count] = Nanos.of(interval.start());
      ends[count] = Nanos.of(interval.end());
      count++;
    }
    return ofNormalRanges(Ranges.normalize(starts, ends, count));
  }

  long[] ranges() {
    return ranges;
  }

  /** {@return whether the set holds no instant} */
  public boolean isEmpty() {
    return ranges.length == 0;
  }

  /** {@return how many disjoint intervals make up the set} */
  public int size() {
    return ranges.length / 2;
  }

  /** {@return the disjoint intervals in order of time} */
  public List<Interval> intervals() {
    return new AbstractList<>() {
      @Override
      public Interval get(int index) {
        return Interval.ofNanos(ranges[2 * index], ranges[2 * index + 1]);
      }

      @Override
      public int size() {
        return ranges.length / 2;
      }
    };
  }

  @Override
  public Iterator<Interval> iterator() {
    return intervals().iterator();
  }

  /**
   * The instants in either set.
   *
   * @param other the other set
   * @return the union
   */
  public IntervalSet union(IntervalSet other) {
    return ofNormalRanges(Ranges.union(ranges, other.ranges));
  }

  /**
   * The instants in both sets.
   *
   * @param other the other set
   * @return the intersection
   */
  public IntervalSet intersection(IntervalSet other) {
    return ofNormalRanges(Ranges.intersection(ranges, other.ranges));
  }

  /**
   * The instants in this set and not in the other.
   *
   * @param other the set to take away
   * @return the difference
   */
  public IntervalSet minus(IntervalSet other) {
    return ofNormalRanges(Ranges.minus(ranges, other.ranges));
  }

  /**
   * Whether the set holds the instant.
   *
   * @param instant the instant to test
   * @return true if one of the intervals contains it
   */
  public boolean contains(Instant instant) {
    if (!Nanos.isSupported(instant)) {
      return false;
    }
    long at = Nanos.of(instant);
    return Ranges.overlaps(ranges, at, at + 1);
  }

  /**
   * Whether one interval of the set covers all of the given one; merged intervals count as one.
   *
   * @param interval the interval to test
   * @return true if the set holds every instant of it
   */
  public boolean encloses(Interval interval) {
    return Ranges.encloses(ranges, Nanos.of(interval.start()), Nanos.of(interval.end()));
  }

  /**
   * Whether the set holds any instant of the given interval.
   *
   * @param interval the interval to test
   * @return true if they share an instant
   */
  public boolean overlaps(Interval interval) {
    return Ranges.overlaps(ranges, Nanos.of(interval.start()), Nanos.of(interval.end()));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof IntervalSet that && Arrays.equals(ranges, that.ranges);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(ranges);
  }

  /** The intervals as {@code {[a, b), [c, d)}}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("{");
    for (int i = 0; i < ranges.length; i += 2) {
      text.append(i == 0 ? "" : ", ").append(Interval.ofNanos(ranges[i], ranges[i + 1]));
    }
    return text.append('}').toString();
  }
}
