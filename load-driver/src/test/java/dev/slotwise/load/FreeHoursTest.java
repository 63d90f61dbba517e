package dev.slotwise.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slotwise.load.Seeder.Host;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The times the load books must be free: working hours only, never the day off, never a seeded booking. */
class FreeHoursTest {
  private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
  private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

  @Test
  void freeHoursAreWholeWorkingHoursOffTheDayOffAndTheBookings() {
    LocalDate dayOff = MONDAY.plusDays(9);
    Instant booked = MONDAY.plusDays(2).atTime(10, 0).atZone(KOLKATA).toInstant();
    Host host = new Host(0, UUID.randomUUID(), "h", KOLKATA, dayOff, new HashSet<>(Set.of(booked)));

    List<Instant> free = Workloads.freeHours(host, MONDAY);

    assertThat(free).doesNotContain(booked).isSorted().doesNotHaveDuplicates();
    assertThat(free).allSatisfy(start -> {
      var local = start.atZone(KOLKATA);
      assertThat(local.getMinute()).isZero();
      assertThat(local.getHour()).isBetween(9, 16);
      assertThat(local.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
      assertThat(local.toLocalDate()).isNotEqualTo(dayOff).isAfterOrEqualTo(MONDAY.plusDays(Seeder.FIRST_DAY))
          .isBeforeOrEqualTo(MONDAY.plusDays(Seeder.LAST_DAY));
    });
    long weekdays = MONDAY.plusDays(Seeder.FIRST_DAY).datesUntil(MONDAY.plusDays(Seeder.LAST_DAY + 1))
        .filter(date -> date.getDayOfWeek().getValue() <= 5).count();
    assertThat(free).hasSize((int) (weekdays - 1) * 8 - 1);
  }
}
