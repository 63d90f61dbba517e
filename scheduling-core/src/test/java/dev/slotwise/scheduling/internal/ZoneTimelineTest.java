package dev.slotwise.scheduling.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The timeline must agree with java.time everywhere: every zone the JVM knows, every transition from 2000 to
 * 2040, every 15 minutes of local time around each, and every 7 minutes of instants around each.
 */
class ZoneTimelineTest {
  private static final long FROM = Nanos.of(Instant.parse("2000-01-01T00:00:00Z"));
  private static final long TO = Nanos.of(Instant.parse("2040-01-01T00:00:00Z"));

  static Stream<String> zones() {
    return ZoneId.getAvailableZoneIds().stream().sorted();
  }

  @ParameterizedTest
  @MethodSource("zones")
  void agreesWithJavaTimeAroundEveryTransition(String id) {
    ZoneId zone = ZoneId.of(id);
    ZoneOffsetTransition transition = zone.getRules().nextTransition(Nanos.toInstant(FROM));
    int checked = 0;
    while (transition != null && transition.getInstant().isBefore(Nanos.toInstant(TO))) {
      long at = Nanos.of(transition.getInstant());
      // A timeline made for a window around the transition, as a query makes one, and a far wider one.
      for (ZoneTimeline timeline : new ZoneTimeline[] {
          ZoneTimeline.covering(zone, at - 3 * Nanos.PER_DAY, at + 3 * Nanos.PER_DAY),
          ZoneTimeline.covering(zone, at - 200 * Nanos.PER_DAY, at + 200 * Nanos.PER_DAY)}) {
        LocalDateTime local = transition.getDateTimeBefore().minusHours(30);
        for (int step = 0; step < 4 * 60; step++, local = local.plusMinutes(15)) {
          long localNanos = local.toEpochSecond(ZoneOffset.UTC) * Nanos.PER_SECOND;
          assertThat(Nanos.toInstant(timeline.toInstant(localNanos))).as("%s %s", id, local)
              .isEqualTo(ZonedDateTime.of(local, zone).toInstant());
        }
        for (long instant = at - 30 * Nanos.PER_HOUR; instant < at + 30 * Nanos.PER_HOUR;
            instant += 7 * Nanos.PER_MINUTE) {
          assertThat(LocalDate.ofEpochDay(timeline.localDate(instant))).as("%s %s", id, Nanos.toInstant(instant))
              .isEqualTo(LocalDate.ofInstant(Nanos.toInstant(instant), zone));
        }
      }
      checked++;
      transition = zone.getRules().nextTransition(transition.getInstant());
    }
    assertThat(checked).isGreaterThanOrEqualTo(0);
  }

  @Test
  void reportsHowFarLocalDatesRunBackwards() {
    // St. John's fell back from 00:01 to 23:01 the day before in 2006: dates ran backwards for an hour.
    long november2006 = Nanos.of(Instant.parse("2006-10-25T00:00:00Z"));
    assertThat(ZoneTimeline.covering(ZoneId.of("America/St_Johns"), november2006, november2006 + 10 * Nanos.PER_DAY)
        .dateSetBack()).isEqualTo(Nanos.PER_HOUR);
    // Santiago falls back from 24:00 to 23:00: the hour repeats within one date, so dates keep time order.
    long april = Nanos.of(Instant.parse("2026-04-01T00:00:00Z"));
    assertThat(ZoneTimeline.covering(ZoneId.of("America/Santiago"), april, april + 10 * Nanos.PER_DAY)
        .dateSetBack()).isZero();
    // An ordinary fall-back at 02:00 keeps dates in order too.
    long november2026 = Nanos.of(Instant.parse("2026-10-28T00:00:00Z"));
    assertThat(ZoneTimeline.covering(ZoneId.of("America/New_York"), november2026, november2026 + 10 * Nanos.PER_DAY)
        .dateSetBack()).isZero();
  }

  @Test
  void startOfDayIsTheEndOfAGapThatSwallowsMidnight() {
    ZoneId santiago = ZoneId.of("America/Santiago");
    long day = LocalDate.of(2026, 9, 6).toEpochDay();
    ZoneTimeline timeline = ZoneTimeline.covering(santiago, (day - 3) * Nanos.PER_DAY, (day + 3) * Nanos.PER_DAY);
    assertThat(Nanos.toInstant(timeline.startOfDay(day)))
        .isEqualTo(LocalDate.of(2026, 9, 6).atStartOfDay(santiago).toInstant());
  }
}
