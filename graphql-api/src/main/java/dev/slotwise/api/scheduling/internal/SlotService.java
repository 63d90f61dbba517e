package dev.slotwise.api.scheduling.internal;

import dev.slotwise.api.identity.UserDirectory;
import dev.slotwise.api.platform.ApiException;
import dev.slotwise.api.platform.ErrorCode;
import dev.slotwise.api.scheduling.internal.CalendarDefinitions.CalendarDefinition;
import dev.slotwise.api.scheduling.internal.SchedulingViews.AvailableSlotsView;
import dev.slotwise.api.scheduling.internal.SchedulingViews.EventTypeView;
import dev.slotwise.api.scheduling.internal.SchedulingViews.ProfileView;
import dev.slotwise.api.scheduling.internal.SchedulingViews.SlotDayView;
import dev.slotwise.scheduling.EventTypeRules;
import dev.slotwise.scheduling.Slots;
import dev.slotwise.scheduling.TimeZones;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers what guests may see: a host's public profile and an event type's available slots. The rules are
 * scheduling-core's; this loads their inputs in a fixed number of queries, whatever the range asked for.
 */
@Service
class SlotService {
  /** Wide enough around a query for every booking whose buffers, or whose count toward a weekly limit, matters. */
  private static final Duration BUSY_MARGIN = Duration.ofDays(9);

  private final EventTypeRepository eventTypes;
  private final UserDirectory users;
  private final JpaEventTypeCalendars calendars;
  private final CalendarDefinitions definitions;

  SlotService(EventTypeRepository eventTypes, UserDirectory users, JpaEventTypeCalendars calendars,
      CalendarDefinitions definitions) {
    this.eventTypes = eventTypes;
    this.users = users;
    this.calendars = calendars;
    this.definitions = definitions;
  }

  public AvailableSlotsView availableSlots(String eventTypeId, LocalDate from, LocalDate to, String timeZone,
      Integer durationMinutes) {
    ZoneId zone = TimeZones.parse("timeZone", timeZone);
    CalendarDefinition eventType = definitions.get(SchedulingViews.eventTypeId(eventTypeId))
        .filter(CalendarDefinition::active)
        .orElseThrow(() -> new ApiException(ErrorCode.NOT_FOUND, "No bookable event type has this ID"));
    EventTypeRules rules = eventType.rules();
    Duration duration = durationMinutes == null ? rules.defaultDuration() : Duration.ofMinutes(durationMinutes);
    if (!rules.offers(duration)) {
      throw new ApiException(ErrorCode.BAD_REQUEST, "durationMinutes must be one of the event type's durations "
          + rules.durations().stream().map(Duration::toMinutes).toList() + ", was " + durationMinutes,
          Map.of("field", "durationMinutes"));
    }
    Instant busyFrom = from.atStartOfDay(ZoneOffset.UTC).toInstant().minus(BUSY_MARGIN);
    Instant busyTo = to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().plus(BUSY_MARGIN);
    Slots slots = calendars.calendar(eventType, busyFrom, busyTo)
        .slots(duration, from, to, zone);
    return new AvailableSlotsView((int) duration.toMinutes(), zone.getId(), slots.days().stream()
        .map(day -> new SlotDayView(day.date(), day.starts().stream().map(start -> start.atOffset(ZoneOffset.UTC))
            .toList()))
        .toList());
  }

  @Transactional(readOnly = true)
  public Optional<ProfileView> profile(String username) {
    return users.findByUsername(username).map(user -> new ProfileView(user.username(), user.name(),
        user.timeZone(), eventTypes.findByHostIdAndActiveTrueOrderByCreatedAtAscIdAsc(user.id().value()).stream()
            .map(EventTypeView::of).toList()));
  }
}
