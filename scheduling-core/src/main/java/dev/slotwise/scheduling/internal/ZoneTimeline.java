package dev.slotwise.scheduling.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * One zone's offsets over a span of instants, with its transitions looked up once, so that converting between
 * instants and local date-times inside the span is arithmetic. Outside the span it asks {@link ZoneRules}
 * directly, so every answer is right; the span only decides what is fast.
 *
 * <p>Local date-times convert as {@link ZonedDateTime#of} does: a time in a gap moves forward by the gap's
 * length, a time in an overlap takes the earlier offset. All values are nanoseconds: instants since the epoch,
 * local date-times since 1970-01-01T00:00 local.
 */
public final class ZoneTimeline {
  /** No zone's offset exceeds 18 hours, so a local time is settled by transitions within 18 hours of it. */
  private static final long MAX_OFFSET = 18 * Nanos.PER_HOUR;

  private final ZoneId zone;
  private final long spanStart;
  private final long spanEnd;
  private final long[] transitionAt;
  /** For each transition, the local time from which the offset after it applies (see {@link #toInstant}). */
  private final long[] localSwitch;
  /** offsets[i] applies before transition i; offsets[n] after the last one. */
  private final long[] offsets;
  private final long dateSetBack;

  private ZoneTimeline(ZoneId zone, long spanStart, long spanEnd, long[] transitionAt, long[] localSwitch,
      long[] offsets, long dateSetBack) {
    this.zone = zone;
    this.spanStart = spanStart;
    this.spanEnd = spanEnd;
    this.transitionAt = transitionAt;
    this.localSwitch = localSwitch;
    this.offsets = offsets;
    this.dateSetBack = dateSetBack;
  }

  /** A timeline that is fast for instants in {@code [spanStart, spanEnd]}. */
  public static ZoneTimeline covering(ZoneId zone, long spanStart, long spanEnd) {
    ZoneRules rules = zone.getRules();
    Instant start = Nanos.toInstant(spanStart);
    long firstOffset = rules.getOffset(start).getTotalSeconds() * Nanos.PER_SECOND;
    if (rules.isFixedOffset()) {
      return new ZoneTimeline(zone, spanStart, spanEnd, new long[0], new long[0], new long[] {firstOffset}, 0);
    }
    int capacity = 4;
    long[] at = new long[capacity];
    long[] switches = new long[capacity];
    long[] offsets = new long[capacity + 1];
    offsets[0] = firstOffset;
    long setBack = 0;
    int n = 0;
    ZoneOffsetTransition transition = rules.nextTransition(start);
    while (transition != null && Nanos.of(transition.getInstant()) <= spanEnd) {
      if (n == capacity) {
        capacity *= 2;
        at = java.util.Arrays.copyOf(at, capacity);
        switches = java.util.Arrays.copyOf(switches, capacity);
        offsets = java.util.Arrays.copyOf(offsets, capacity + 1);
      }
      long instant = Nanos.of(transition.getInstant());
      long before = transition.getOffsetBefore().getTotalSeconds() * Nanos.PER_SECOND;
      long after = transition.getOffsetAfter().getTotalSeconds() * Nanos.PER_SECOND;
      at[n] = instant;
      // In a gap the local times [instant+before, instant+after) do not exist and move forward, which is what
      // the offset before gives them; in an overlap the repeated local times take the earlier instant, which is
      // again the offset before. Either way the offset after applies from the later of the two local times.
      switches[n] = instant + Math.max(before, after);
      offsets[n + 1] = after;
      // Only a set-back across midnight makes local dates run backwards (00:30 back to 23:30 the day before).
      if (Math.floorDiv(instant + after, Nanos.PER_DAY) < Math.floorDiv(instant + before - 1, Nanos.PER_DAY)) {
        setBack = Math.max(setBack, before - after);
      }
      n++;
      transition = rules.nextTransition(transition.getInstant());
    }
    return new ZoneTimeline(zone, spanStart, spanEnd, java.util.Arrays.copyOf(at, n),
        java.util.Arrays.copyOf(switches, n), java.util.Arrays.copyOf(offsets, n + 1), setBack);
  }

  public ZoneId zone() {
    return zone;
  }

  /** The offset in force at an instant, in nanoseconds. */
  public long offsetAt(long instant) {
    if (instant < spanStart || instant > spanEnd) {
      return zone.getRules().getOffset(Nanos.toInstant(instant)).getTotalSeconds() * Nanos.PER_SECOND;
    }
    int i = 0;
    while (i < transitionAt.length && instant >= transitionAt[i]) {
      i++;
    }
    return offsets[i];
  }

  /** The local date (epoch day) of an instant. */
  public long localDate(long instant) {
    return Math.floorDiv(instant + offsetAt(instant), Nanos.PER_DAY);
  }

  /** The instant of a local date-time, as {@link ZonedDateTime#of} resolves it. */
  public long toInstant(long localDateTime) {
    if (localDateTime < spanStart + MAX_OFFSET || localDateTime > spanEnd - MAX_OFFSET) {
      LocalDateTime local = LocalDateTime.ofEpochSecond(Math.floorDiv(localDateTime, Nanos.PER_SECOND),
          (int) Math.floorMod(localDateTime, Nanos.PER_SECOND), ZoneOffset.UTC);
      return Nanos.of(ZonedDateTime.of(local, zone).toInstant());
    }
    int i = 0;
    while (i < localSwitch.length && localDateTime >= localSwitch[i]) {
      i++;
    }
    return localDateTime - offsets[i];
  }

  /** The first instant of a local date: local midnight, or the end of a gap that swallows it. */
  public long startOfDay(long epochDay) {
    return toInstant(epochDay * Nanos.PER_DAY);
  }

  /**
   * How far past the start of the next local date an instant of the previous date may still lie: the most that
   * clocks are set back across midnight in the span. Zero, the usual case, means local dates follow time order,
   * so an instant's date is at most D exactly when it is before the start of D + 1.
   */
  public long dateSetBack() {
    return dateSetBack;
  }
}
