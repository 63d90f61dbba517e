package dev.slotwise.scheduling.internal;

import java.util.Arrays;

/**
 * Set algebra over sorted, disjoint half-open ranges of {@code long}s, stored interleaved as
 * {@code [start0, end0, start1, end1, …]}. A range set is <em>normal</em> when every range is non-empty, ranges
 * are sorted, and no two touch or overlap (touching ranges are merged). Every operation here takes and returns
 * normal sets and never mutates its arguments, so the arrays may be shared freely.
 *
 * <p>The same code serves instants (epoch nanoseconds) and local minutes of a day.
 */
public final class Ranges {
  public static final long[] EMPTY = new long[0];

  private Ranges() {}

  /**
   * The normal set covering the union of {@code count} ranges given as parallel arrays. Empty and inverted
   * ranges are ignored. The arrays are sorted in place; already sorted input costs one linear pass.
   */
  public static long[] normalize(long[] starts, long[] ends, int count) {
    int kept = 0;
    for (int i = 0; i < count; i++) {
      if (starts[i] < ends[i]) {
        starts[kept] = starts[i];
        ends[kept] = ends[i];
        kept++;
      }
    }
    // The union depends only on how deeply each point is covered, so starts and ends may be sorted apart.
    if (!isSorted(starts, kept)) {
      Arrays.sort(starts, 0, kept);
    }
    if (!isSorted(ends, kept)) {
      Arrays.sort(ends, 0, kept);
    }
    long[] out = new long[2 * kept];
    int size = 0;
    int depth = 0;
    long openedAt = 0;
    int i = 0;
    int j = 0;
    while (j < kept) {
      // At equal coordinates a start comes first, so touching ranges merge.
      if (i < kept && starts[i] <= ends[j]) {
        if (depth++ == 0) {
          openedAt = starts[i];
        }
        i++;
      } else {
        if (--depth == 0) {
          out[size++] = openedAt;
          out[size++] = ends[j];
        }
        j++;
      }
    }
    return size == out.length ? out : Arrays.copyOf(out, size);
  }

  /** The normal set covering interleaved ranges that may be unsorted, overlapping or empty. */
  public static long[] normalizeInterleaved(long[] ranges, int length) {
    int count = length / 2;
    long[] starts = new long[count];
    long[] ends = new long[count];
    for (int i = 0; i < count; i++) {
      starts[i] = ranges[2 * i];
      ends[i] = ranges[2 * i + 1];
    }
    return normalize(starts, ends, count);
  }

  public static long[] union(long[] a, long[] b) {
    if (a.length == 0) {
      return b;
    }
    if (b.length == 0) {
      return a;
    }
    long[] out = new long[a.length + b.length];
    int size = 0;
    int i = 0;
    int j = 0;
    while (i < a.length || j < b.length) {
      long start;
      long end;
      if (j >= b.length || (i < a.length && a[i] <= b[j])) {
        start = a[i];
        end = a[i + 1];
        i += 2;
      } else {
        start = b[j];
        end = b[j + 1];
        j += 2;
      }
      if (size > 0 && start <= out[size - 1]) {
        out[size - 1] = Math.max(out[size - 1], end);
      } else {
        out[size++] = start;
        out[size++] = end;
      }
    }
    return size == out.length ? out : Arrays.copyOf(out, size);
  }

  public static long[] intersection(long[] a, long[] b) {
    if (a.length == 0 || b.length == 0) {
      return EMPTY;
    }
    long[] out = new long[a.length + b.length];
    int size = 0;
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      long start = Math.max(a[i], b[j]);
      long end = Math.min(a[i + 1], b[j + 1]);
      if (start < end) {
        out[size++] = start;
        out[size++] = end;
      }
      if (a[i + 1] < b[j + 1]) {
        i += 2;
      } else {
        j += 2;
      }
    }
    return Arrays.copyOf(out, size);
  }

  /** The part of {@code a} outside {@code b}. */
  public static long[] minus(long[] a, long[] b) {
    if (a.length == 0 || b.length == 0) {
      return a;
    }
    long[] out = new long[a.length + b.length];
    int size = 0;
    int j = 0;
    for (int i = 0; i < a.length; i += 2) {
      long start = a[i];
      long end = a[i + 1];
      while (j < b.length && b[j + 1] <= start) {
        j += 2;
      }
      int k = j;
      while (k < b.length && b[k] < end) {
        if (b[k] > start) {
          out[size++] = start;
          out[size++] = b[k];
        }
        start = Math.max(start, b[k + 1]);
        k += 2;
      }
      if (start < end) {
        out[size++] = start;
        out[size++] = end;
      }
    }
    return Arrays.copyOf(out, size);
  }

  /**
   * The index (even, into the interleaved array) of the first range at or after {@code fromIndex} that ends
   * after {@code x}, or {@code set.length} if none does. It gallops forward from {@code fromIndex}, so a run of
   * non-decreasing queries that feeds each answer back as the next {@code fromIndex} costs amortised O(1) per
   * query, and a single query from 0 costs O(log n).
   */
  public static int firstEndingAfter(long[] set, int fromIndex, long x) {
    int low = fromIndex;
    int step = 2;
    int high = fromIndex;
    while (high < set.length && set[high + 1] <= x) {
      low = high + 2;
      high += step;
      step <<= 1;
    }
    if (high > set.length) {
      high = set.length;
    }
    // Invariant: every range before low ends at or before x; the range at high (if any) ends after x.
    while (low < high) {
      int mid = ((low + high) >>> 1) & ~1;
      if (set[mid + 1] <= x) {
        low = mid + 2;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /** Whether one range of the set covers all of {@code [start, end)}; {@code index} is firstEndingAfter(start). */
  public static boolean enclosesAt(long[] set, int index, long start, long end) {
    return index < set.length && set[index] <= start && set[index + 1] >= end;
  }

  /** Whether the set meets {@code [start, end)}; {@code index} is firstEndingAfter(start). */
  public static boolean overlapsAt(long[] set, int index, long end) {
    return index < set.length && set[index] < end;
  }

  public static boolean encloses(long[] set, long start, long end) {
    return enclosesAt(set, firstEndingAfter(set, 0, start), start, end);
  }

  public static boolean overlaps(long[] set, long start, long end) {
    return overlapsAt(set, firstEndingAfter(set, 0, start), end);
  }

  private static boolean isSorted(long[] values, int count) {
    for (int i = 1; i < count; i++) {
      if (values[i - 1] > values[i]) {
        return false;
      }
    }
    return true;
  }
}
