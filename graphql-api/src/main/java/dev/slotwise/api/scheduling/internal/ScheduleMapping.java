package dev.slotwise.api.scheduling.internal;

import dev.slotwise.scheduling.DateOverride;
import dev.slotwise.scheduling.Schedule;
import dev.slotwise.scheduling.TimeOfDay;
import dev.slotwise.scheduling.TimeWindow;
import dev.slotwise.scheduling.WeeklyRule;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Stored schedules as scheduling-core's {@link Schedule}: the one place rows become engine types. */
final class ScheduleMapping {
  private ScheduleMapping() {}

  static Schedule toCore(ScheduleEntity schedule) {
    List<WeeklyRule> rules = new ArrayList<>(schedule.weeklyRules().size());
    for (WeeklyRuleRow row : schedule.weeklyRules()) {
      rules.add(new WeeklyRule(DayOfWeek.of(row.dayOfWeek()), window(row.startMinute(), row.endMinute()),
          row.kind(), row.validFrom(), row.validUntil()));
    }
    Map<LocalDate, List<DateOverrideRow>> byDate = new LinkedHashMap<>();
    schedule.dateOverrides().forEach(row -> byDate.computeIfAbsent(row.date(), date -> new ArrayList<>()).add(row));
    List<DateOverride> overrides = new ArrayList<>(byDate.size());
    byDate.forEach((date, rows) -> overrides.add(new DateOverride(date,
        windows(rows, DateOverrideRow.AVAILABLE), windows(rows, DateOverrideRow.BUSY),
        rows.stream().anyMatch(row -> row.kind().equals(DateOverrideRow.UNAVAILABLE)))));
    return Schedule.of(ZoneId.of(schedule.timeZone()), rules, overrides);
  }

  private static List<TimeWindow> windows(List<DateOverrideRow> rows, String kind) {
    return rows.stream().filter(row -> row.kind().equals(kind))
        .map(row -> window(row.startMinute(), row.endMinute())).toList();
  }

  private static TimeWindow window(int start, int end) {
    return TimeWindow.of(TimeOfDay.ofMinuteOfDay(start), TimeOfDay.ofMinuteOfDay(end));
  }
}
