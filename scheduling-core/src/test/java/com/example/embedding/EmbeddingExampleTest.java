package com.example.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slotwise.scheduling.BookingCalendar;
import dev.slotwise.scheduling.BookingCheck;
import dev.slotwise.scheduling.BookingWindow;
import dev.slotwise.scheduling.DateOverride;
import dev.slotwise.scheduling.EventTypeRules;
import dev.slotwise.scheduling.ExistingBooking;
import dev.slotwise.scheduling.Interval;
import dev.slotwise.scheduling.RejectionReason;
import dev.slotwise.scheduling.Schedule;
import dev.slotwise.scheduling.SlotDay;
import dev.slotwise.scheduling.Slots;
import dev.slotwise.scheduling.TimeWindow;
import dev.slotwise.scheduling.WeeklyRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's example of embedding scheduling-core, compiled and run from a package outside the library, so it
 * can use only what the module exports. The README must show this code exactly.
 */
class EmbeddingExampleTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Path THIS_FILE = Path.of("src/test/java/com/example/embedding/EmbeddingExampleTest.java");

  @Test
  void theExampleWorks() {
    List<String> printed = new ArrayList<>();
    // README:begin
    Schedule workingHours = Schedule.of(ZoneId.of("Europe/Berlin"),
        List.of(WeeklyRule.available(DayOfWeek.MONDAY, TimeWindow.of("09:00", "17:00"),
            LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))),
        List.of(DateOverride.unavailableAllDay(LocalDate.of(2026, 12, 21))));

    EventTypeRules intro = EventTypeRules.builder()
        .durations(Duration.ofMinutes(30), Duration.ofMinutes(60))
        .slotInterval(Duration.ofMinutes(15))
        .bufferAfter(Duration.ofMinutes(10))
        .minimumNotice(Duration.ofHours(4))
        .bookingWindow(BookingWindow.rollingDays(30))
        .build();

    BookingCalendar calendar = BookingCalendar.builder(workingHours, intro)
        .now(Instant.parse("2026-03-06T12:00:00Z"))
        .bookings(List.of(ExistingBooking.ofThisEventType(
            Interval.of(Instant.parse("2026-03-09T09:00:00Z"), Instant.parse("2026-03-09T09:30:00Z")),
            Duration.ZERO, Duration.ofMinutes(10))))
        .build();

    // Free 30-minute slots on Monday 9 March, as a guest in New York sees the dates.
    Slots slots = calendar.slots(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 9), ZoneId.of("America/New_York"));
    for (SlotDay day : slots.days()) {
      printed.add(day.date() + " " + day.starts().subList(0, 3));
    }

    // May a guest book 09:00Z? No: it overlaps the booking. The answer says why and what is near.
    BookingCheck check = calendar.check(Instant.parse("2026-03-09T09:00:00Z"), Duration.ofMinutes(30));
    if (check instanceof BookingCheck.Rejected rejected) {
      printed.add(rejected.reason() + ", try " + rejected.alternatives());
    }
    // README:end

    assertThat(printed).containsExactly(
        "2026-03-09 [2026-03-09T08:00:00Z, 2026-03-09T08:15:00Z, 2026-03-09T09:45:00Z]",
        RejectionReason.CONFLICTS_WITH_BOOKING
            + ", try [2026-03-09T08:00:00Z, 2026-03-09T08:15:00Z, 2026-03-09T09:45:00Z]");
  }

  @Test
  void theReadmeShowsThisExampleVerbatim() throws IOException {
    String source = Files.readString(THIS_FILE);
    String example = between(source, "// README:begin\n", "    // README:end").replaceAll("(?m)^    ", "");
    String readme = Files.readString(README);
    String shown = between(readme, "<!-- embedding-example:begin -->\n```java\n", "```\n<!-- embedding-example:end -->");

    assertThat(shown.replace("printed.add(", "System.out.println("))
        .isEqualTo(example.replace("printed.add(", "System.out.println("));
  }

  private static String between(String text, String begin, String end) {
    int from = text.indexOf(begin);
    int to = text.indexOf(end, from + 1);
    assertThat(from).as("marker %s", begin.strip()).isNotNegative();
    assertThat(to).as("marker %s", end.strip()).isGreaterThan(from);
    return text.substring(from + begin.length(), to);
  }
}
