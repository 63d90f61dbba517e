package dev.slotwise.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** Interval and IntervalSet, against the obvious model of a set of minutes. */
class IntervalSetTest {
  private static final Instant ORIGIN = Instant.parse("2026-01-01T00:00:00Z");

  private static Interval minutes(int from, int to) {
    return Interval.of(ORIGIN.plusSeconds(60L * from), ORIGIN.plusSeconds(60L * to));
  }

  @Test
  void touchingIntervalsMergeAndHalfOpenEndsDoNotOverlap() {
    IntervalSet set = IntervalSet.of(minutes(0, 10), minutes(10, 20), minutes(30, 40));

    assertThat(set.intervals()).containsExactly(minutes(0, 20), minutes(30, 40));
    assertThat(set.overlaps(minutes(20, 30))).isFalse();
    assertThat(set.encloses(minutes(5, 20))).isTrue();
    assertThat(set.encloses(minutes(15, 35))).isFalse();
    assertThat(set.contains(ORIGIN.plusSeconds(60 * 20))).isFalse();
    assertThat(set.contains(ORIGIN.plusSeconds(60 * 20 - 1))).isTrue();
  }

  @Test
  void intervalVocabulary() {
    assertThat(minutes(0, 10).abuts(minutes(10, 20))).isTrue();
    assertThat(minutes(0, 10).overlaps(minutes(10, 20))).isFalse();
    assertThat(minutes(0, 10).overlaps(minutes(9, 20))).isTrue();
    assertThat(minutes(0, 10).intersection(minutes(5, 20))).contains(minutes(5, 10));
    assertThat(minutes(0, 10).intersection(minutes(10, 20))).isEmpty();
    assertThat(minutes(0, 30).encloses(minutes(10, 20))).isTrue();
    assertThat(minutes(0, 30).length()).hasMinutes(30);
    assertThat(minutes(0, 10)).hasToString("[2026-01-01T00:00:00Z, 2026-01-01T00:10:00Z)");
  }

  @RepeatedTest(500)
  void setAlgebraMatchesASetOfMinutes(org.junit.jupiter.api.RepetitionInfo repetition) {
    Random random = new Random(repetition.getCurrentRepetition());
    List<Interval> left = randomIntervals(random);
    List<Interval> right = randomIntervals(random);
    BitSet leftMinutes = model(left);
    BitSet rightMinutes = model(right);
    IntervalSet a = IntervalSet.of(left);
    IntervalSet b = IntervalSet.of(right);

    BitSet union = (BitSet) leftMinutes.clone();
    union.or(rightMinutes);
    BitSet intersection = (BitSet) leftMinutes.clone();
    intersection.and(rightMinutes);
    BitSet difference = (BitSet) leftMinutes.clone();
    difference.andNot(rightMinutes);

    assertThat(model(a.intervals())).isEqualTo(leftMinutes);
    assertThat(model(a.union(b).intervals())).isEqualTo(union);
    assertThat(model(a.intersection(b).intervals())).isEqualTo(intersection);
    assertThat(model(a.minus(b).intervals())).isEqualTo(difference);
    assertThat(a.union(b)).isEqualTo(IntervalSet.of(concat(left, right)));
    for (Interval interval : right) {
      int from = minuteOf(interval.start());
      int to = minuteOf(interval.end());
      assertThat(a.overlaps(interval)).isEqualTo(leftMinutes.get(from, to).cardinality() > 0);
      assertThat(a.encloses(interval)).isEqualTo(leftMinutes.get(from, to).cardinality() == to - from);
    }
    assertDisjointAndSorted(a.union(b).intervals());
  }

  private static void assertDisjointAndSorted(List<Interval> intervals) {
    for (int i = 1; i < intervals.size(); i++) {
      assertThat(intervals.get(i - 1).end()).isBefore(intervals.get(i).start());
    }
  }

  private static List<Interval> concat(List<Interval> a, List<Interval> b) {
    List<Interval> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static List<Interval> randomIntervals(Random random) {
    List<Interval> intervals = new ArrayList<>();
    int count = random.nextInt(8);
    for (int i = 0; i < count; i++) {
      int start = random.nextInt(100);
      intervals.add(minutes(start, start + 1 + random.nextInt(20)));
    }
    return intervals;
  }

  private static BitSet model(List<Interval> intervals) {
    BitSet minutes = new BitSet();
    for (Interval interval : intervals) {
      minutes.set(minuteOf(interval.start()), minuteOf(interval.end()));
    }
    return minutes;
  }

  private static int minuteOf(Instant instant) {
    return (int) ((instant.getEpochSecond() - ORIGIN.getEpochSecond()) / 60);
  }
}
