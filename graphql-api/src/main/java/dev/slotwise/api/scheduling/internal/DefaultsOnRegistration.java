package dev.slotwise.api.scheduling.internal;

import dev.slotwise.api.identity.UserRegistered;
import dev.slotwise.api.platform.ChangeLog;
import dev.slotwise.api.scheduling.internal.SchedulingViews.EventTypeView;
import dev.slotwise.api.scheduling.internal.SchedulingViews.ScheduleView;
import dev.slotwise.scheduling.AvailabilityKind;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What every new user starts with: a "Working hours" schedule, Monday to Friday 09:00–17:00 in their zone, and a
 * "30 minute meeting". Made in the transaction that activates the account, so the account never exists without
 * them.
 */
@Component
class DefaultsOnRegistration {
  static final int NINE = 9 * 60;
  static final int FIVE_PM = 17 * 60;

  private final ScheduleRepository schedules;
  private final EventTypeRepository eventTypes;
  private final ChangeLog changeLog;
  private final Clock clock;
  private final HostAvailabilityVersions versions;

  DefaultsOnRegistration(ScheduleRepository schedules, EventTypeRepository eventTypes, ChangeLog changeLog,
      HostAvailabilityVersions versions, Clock clock) {
    this.schedules = schedules;
    this.eventTypes = eventTypes;
    this.changeLog = changeLog;
    this.versions = versions;
    this.clock = clock;
  }

  @EventListener
  void on(UserRegistered registered) {
    UUID hostId = registered.userId().value();
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, ZoneId.of(registered.timeZone()));
    ScheduleEntity workingHours = new ScheduleEntity(UUID.randomUUID(), hostId, "Working hours",
        registered.timeZone(), true, now);
    List<WeeklyRuleRow> weekdays = java.util.stream.IntStream.rangeClosed(1, 5)
        .mapToObj(day -> new WeeklyRuleRow((short) day, NINE, FIVE_PM, AvailabilityKind.AVAILABLE, today,
            today.plusYears(1)))
        .toList();
    workingHours.replaceWeeklyRules(weekdays, now);
    schedules.save(workingHours);

    EventTypeEntity meeting = new EventTypeEntity(UUID.randomUUID(), hostId, now);
    meeting.apply(new EventTypeSettings(null, "30 minute meeting", "30min", "",
        List.of(new DurationRow(30, null, null)), 30, 30, 0, 0, 0, 60, null, null, null, null, 0, false, "VIDEO",
        true), now);
    eventTypes.save(meeting);

    versions.changed(hostId);
    changeLog.record("scheduling", "Schedule", workingHours.id(), "CREATED", "system", null,
        ScheduleView.of(workingHours));
    changeLog.record("scheduling", "EventType", meeting.id(), "CREATED", "system", null, EventTypeView.of(meeting));
  }
}
