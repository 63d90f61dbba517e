package dev.slotwise.scheduling;

import dev.slotwise.scheduling.internal.Ranges;
import java.util.Arrays;

/** A growable list of instant ranges, kept as parallel start and end arrays to avoid boxing. */
final class WindowBuffer {
  private long[] starts = new long[64];
  private long[] ends = new long[64];
  private int size;

  void add(long start, long end) {
    if (size == starts.length) {
      starts = Arrays.copyOf(starts, size * 2);
      ends = Arrays.copyOf(ends, size * 2);
    }
    starts[size] = start;
    ends[size] = end;
    size++;
  }

  int size() {
    return size;
  }

  long start(int index) {
    return starts[index];
  }

  long end(int index) {
    return ends[index];
  }

  /** The union of the ranges as a normal set; the buffer itself is left as it was. */
  long[] union() {
    return Ranges.normalize(Arrays.copyOf(starts, size), Arrays.copyOf(ends, size), size);
  }
}
