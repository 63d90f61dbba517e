package dev.slotwise.scheduling;

import dev.slotwise.scheduling.internal.Nanos;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The offered slots of one duration over a range of local dates: their starts, sorted and without duplicates,
 * and the same starts grouped by local date in the zone they were asked in, which need not be the host's.
 *
 * <p>Starts are held as primitives and turned into {@link Instant}s only when read, so a result nobody reads in
 * full costs little. Immutable and thread-safe.
 */
public final class Slots {
  private final Duration duration;
  private final ZoneId zone;
  private final long[] starts;
  private final long[] dates;

  Slots(Duration duration, ZoneId zone, long[] starts, long[] dates) {
    this.duration = duration;
    this.zone = zone;
    this.starts = starts;
    this.dates = dates;
  }

  /** {@return how long each meeting lasts} */
  public Duration duration() {
    return duration;
  }

  /** {@return the zone whose local dates group the slots} */
  public ZoneId zone() {
    return zone;
  }

  /** {@return how many slots are offered} */
  public int size() {
    return starts.length;
  }

  /** {@return whether no slot is offered} */
  public boolean isEmpty() {
    return starts.length == 0;
  }

  /** {@return every offered start, in order of time} */
  public List<Instant> starts() {
    return new StartsView(starts, 0, starts.length);
  }

  /**
   * Whether a start is offered.
   *
   * @param start an instant
   * @return true if it is one of {@link #starts()}
   */
  public boolean contains(Instant start) {
    return Nanos.isSupported(start) && Arrays.binarySearch(starts, Nanos.of(start)) >= 0;
  }

  /**
   * The offered starts grouped by local date, dates in order; dates without slots are left out. Local dates only
   * fall out of time order where clocks go back across midnight, and then the groups are still by date.
   *
   * @return the slots of each local date that has any, dates ascending
   */
  public List<SlotDay> days() {
    if (starts.length == 0) {
      return List.of();
    }
    long[] orderedStarts = starts;
    long[] orderedDates = dates;
    if (!isNonDecreasing(dates)) {
      Integer[] order = new Integer[starts.length];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (a, b) -> Long.compare(dates[a], dates[b]));
      orderedStarts = new long[starts.length];
      orderedDates = new long[starts.length];
      for (int i = 0; i < order.length; i++) {
        orderedStarts[i] = starts[order[i]];
        orderedDates[i] = dates[order[i]];
      }
    }
    List<SlotDay> days = new ArrayList<>();
    int first = 0;
    for (int i = 1; i <= orderedStarts.length; i++) {
      if (i == orderedStarts.length || orderedDates[i] != orderedDates[first]) {
        days.add(new SlotDay(LocalDate.ofEpochDay(orderedDates[first]), new StartsView(orderedStarts, first, i)));
        first = i;
      }
    }
    return Collections.unmodifiableList(days);
  }

  private static boolean isNonDecreasing(long[] values) {
    for (int i = 1; i < values.length; i++) {
      if (values[i] < values[i - 1]) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return "Slots[" + starts.length + " of " + duration.toMinutes() + " min in " + zone + "]";
  }

  /** A read-only list of instants over a slice of epoch nanoseconds. */
  private static final class StartsView extends AbstractList<Instant> {
    private final long[] nanos;
    private final int from;
    private final int to;

    StartsView(long[] nanos, int from, int to) {
      this.nanos = nanos;
      this.from = from;
      this.to = to;
    }

    @Override
    public Instant get(int index) {
      java.util.Objects.checkIndex(index, to - from);
      return Nanos.toInstant(nanos[from + index]);
    }

    @Override
    public int size() {
      return to - from;
    }
  }
}
