package dev.slotwise.api.scheduling.internal;

import dev.slotwise.scheduling.BookingWindow;
import dev.slotwise.scheduling.EventTypeRules;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Everything an event type is, as stored, with the conversion to scheduling-core's rules: the one place where
 * stored minutes become the engine's types.
 *
 * @param scheduleId the schedule it uses; null for the host's default
 * @param windowRollingDays the rolling booking window, or null when {@code windowFrom}/{@code windowUntil} are set
 */
record EventTypeSettings(UUID scheduleId, String title, String slug, String description, List<DurationRow> durations,
    int defaultDuration, int slotInterval, int bufferBefore, int bufferAfter, int minimumNotice,
    Integer windowRollingDays, LocalDate windowFrom, LocalDate windowUntil, Integer dailyLimit, Integer weeklyLimit,
    int maxExtraGuests, boolean requiresConfirmation, String locationKind, boolean active) {

  EventTypeSettings {
    durations = List.copyOf(durations);
  }

  /** The engine's rules; throws the engine's input exception, naming the field, if a value is out of bounds. */
  EventTypeRules rules() {
    EventTypeRules.Builder builder = EventTypeRules.builder()
        .durations(durations.stream().map(row -> Duration.ofMinutes(row.minutes())).toList())
        .defaultDuration(Duration.ofMinutes(defaultDuration))
        .slotInterval(Duration.ofMinutes(slotInterval))
        .bufferBefore(Duration.ofMinutes(bufferBefore))
        .bufferAfter(Duration.ofMinutes(bufferAfter))
        .minimumNotice(Duration.ofMinutes(minimumNotice))
        .bookingWindow(windowRollingDays != null ? BookingWindow.rollingDays(windowRollingDays)
            : BookingWindow.between(windowFrom, windowUntil));
    if (dailyLimit != null) {
      builder.dailyLimit(dailyLimit);
    }
    if (weeklyLimit != null) {
      builder.weeklyLimit(weeklyLimit);
    }
    return builder.build();
  }
}
