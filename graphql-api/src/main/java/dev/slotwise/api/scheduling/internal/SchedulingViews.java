package dev.slotwise.api.scheduling.internal;

import dev.slotwise.api.platform.GlobalId;
import dev.slotwise.scheduling.AvailabilityKind;
import dev.slotwise.scheduling.TimeOfDay;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The scheduling types of the schema, built from stored rows. IDs are opaque; times are {@link TimeOfDay}. */
final class SchedulingViews {
  static final String SCHEDULE = "Schedule";
  static final String EVENT_TYPE = "EventType";

  private SchedulingViews() {}

  record ScheduleView(String id, String name, String timeZone, boolean isDefault, List<WeeklyRuleView> weeklyRules,
      List<DateOverrideView> dateOverrides) {
    static ScheduleView of(ScheduleEntity schedule) {
      List<WeeklyRuleView> rules = schedule.weeklyRules().stream().map(WeeklyRuleView::of).toList();
      return new ScheduleView(GlobalId.encode(SCHEDULE, schedule.id()), schedule.name(), schedule.timeZone(),
          schedule.isDefault(), rules, DateOverrideView.of(schedule.dateOverrides()));
    }
  }

  record WeeklyRuleView(DayOfWeek dayOfWeek, TimeOfDay start, TimeOfDay end, AvailabilityKind kind, LocalDate from,
      LocalDate until) {
    static WeeklyRuleView of(WeeklyRuleRow row) {
      return new WeeklyRuleView(DayOfWeek.of(row.dayOfWeek()), TimeOfDay.ofMinuteOfDay(row.startMinute()),
          TimeOfDay.ofMinuteOfDay(row.endMinute()), row.kind(), row.validFrom(), row.validUntil());
    }
  }

  record TimeWindowView(TimeOfDay start, TimeOfDay end) {}

  record DateOverrideView(LocalDate date, boolean unavailableAllDay, List<TimeWindowView> available,
      List<TimeWindowView> busy) {
    /** Rows of one date become one override, dates in the order first seen. */
    static List<DateOverrideView> of(List<DateOverrideRow> rows) {
      Map<LocalDate, List<DateOverrideRow>> byDate = new LinkedHashMap<>();
      rows.forEach(row -> byDate.computeIfAbsent(row.date(), date -> new ArrayList<>()).add(row));
      List<DateOverrideView> views = new ArrayList<>();
      byDate.forEach((date, ofDate) -> views.add(new DateOverrideView(date,
          ofDate.stream().anyMatch(row -> row.kind().equals(DateOverrideRow.UNAVAILABLE)),
          windows(ofDate, DateOverrideRow.AVAILABLE), windows(ofDate, DateOverrideRow.BUSY))));
      return views;
    }

    private static List<TimeWindowView> windows(List<DateOverrideRow> rows, String kind) {
      return rows.stream().filter(row -> row.kind().equals(kind))
          .map(row -> new TimeWindowView(TimeOfDay.ofMinuteOfDay(row.startMinute()),
              TimeOfDay.ofMinuteOfDay(row.endMinute())))
          .toList();
    }
  }

  record MoneyView(String amount, String currency) {}

  record EventDurationView(int minutes, MoneyView price) {
    static EventDurationView of(DurationRow row) {
      return new EventDurationView(row.minutes(), row.priceAmount() == null ? null
          : new MoneyView(row.priceAmount().toPlainString(), row.priceCurrency()));
    }
  }

  record BookingWindowView(Integer rollingDays, LocalDate from, LocalDate until) {}

  /**
   * An event type. {@code scheduleId} is not in the schema: the {@code schedule} field is batch-loaded from it.
   */
  record EventTypeView(String id, UUID scheduleId, String title, String slug, String description,
      List<EventDurationView> durations, int defaultDurationMinutes, int slotIntervalMinutes, int bufferBeforeMinutes,
      int bufferAfterMinutes, int minimumNoticeMinutes, BookingWindowView bookingWindow, Integer dailyLimit,
      Integer weeklyLimit, int maxExtraGuests, boolean requiresConfirmation, String locationKind, boolean active) {
    static EventTypeView of(EventTypeEntity eventType) {
      EventTypeSettings settings = eventType.settings();
      return new EventTypeView(GlobalId.encode(EVENT_TYPE, eventType.id()), settings.scheduleId(), settings.title(),
          settings.slug(), settings.description(), settings.durations().stream().map(EventDurationView::of).toList(),
          settings.defaultDuration(), settings.slotInterval(), settings.bufferBefore(), settings.bufferAfter(),
          settings.minimumNotice(), new BookingWindowView(settings.windowRollingDays(), settings.windowFrom(),
              settings.windowUntil()), settings.dailyLimit(), settings.weeklyLimit(), settings.maxExtraGuests(),
          settings.requiresConfirmation(), settings.locationKind(), settings.active());
    }
  }

  record SlotDayView(LocalDate date, List<java.time.OffsetDateTime> starts) {}

  record AvailableSlotsView(int durationMinutes, String timeZone, List<SlotDayView> days) {}

  record ProfileView(String username, String name, String timeZone, List<EventTypeView> eventTypes) {}

  static UUID scheduleId(String id) {
    return GlobalId.decode(SCHEDULE, id);
  }

  static UUID eventTypeId(String id) {
    return GlobalId.decode(EVENT_TYPE, id);
  }
}
