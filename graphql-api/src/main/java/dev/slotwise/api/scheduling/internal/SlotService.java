package dev.slotwise.api.scheduling.internal;

import dev.slotwise.api.identity.UserDirectory;
import dev.slotwise.api.identity.UserDirectory.PublicUser;
import dev.slotwise.api.identity.UserId;
import dev.slotwise.api.platform.ApiException;
import dev.slotwise.api.platform.ErrorCode;
import dev.slotwise.api.scheduling.HostBusyTime;
import dev.slotwise.api.scheduling.internal.SchedulingViews.AvailableSlotsView;
import dev.slotwise.api.scheduling.internal.SchedulingViews.EventTypeView;
import dev.slotwise.api.scheduling.internal.SchedulingViews.ProfileView;
import dev.slotwise.api.scheduling.internal.SchedulingViews.SlotDayView;
import dev.slotwise.scheduling.BookingCalendar;
import dev.slotwise.scheduling.EventTypeRules;
import dev.slotwise.scheduling.ExistingBooking;
import dev.slotwise.scheduling.Interval;
import dev.slotwise.scheduling.Slots;
import dev.slotwise.scheduling.TimeZones;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers what guests may see: a host's public profile and an event type's available slots. The rules are
 * scheduling-core's; this loads their inputs in a fixed number of queries, whatever the range asked for.
 */
@Service
@Transactional(readOnly = true)
class SlotService {
  /** Wide enough around a query for every booking whose buffers, or whose count toward a weekly limit, matters. */
  private static final Duration BUSY_MARGIN = Duration.ofDays(9);

  private final EventTypeRepository eventTypes;
  private final ScheduleRepository schedules;
  private final UserDirectory users;
  private final List<HostBusyTime> busySources;
  private final Clock clock;

  SlotService(EventTypeRepository eventTypes, ScheduleRepository schedules, UserDirectory users,
      List<HostBusyTime> busySources, Clock clock) {
    this.eventTypes = eventTypes;
    this.schedules = schedules;
    this.users = users;
    this.busySources = busySources;
    this.clock = clock;
  }

  public AvailableSlotsView availableSlots(String eventTypeId, LocalDate from, LocalDate to, String timeZone,
      Integer durationMinutes) {
    ZoneId zone = TimeZones.parse("timeZone", timeZone);
    EventTypeEntity eventType = eventTypes.findWithDurationsById(SchedulingViews.eventTypeId(eventTypeId))
        .filter(EventTypeEntity::isActive)
        .orElseThrow(() -> new ApiException(ErrorCode.NOT_FOUND, "No bookable event type has this ID"));
    EventTypeRules rules = eventType.settings().rules();
    Duration duration = durationMinutes == null ? rules.defaultDuration() : Duration.ofMinutes(durationMinutes);
    if (!rules.offers(duration)) {
      throw new ApiException(ErrorCode.BAD_REQUEST, "durationMinutes must be one of the event type's durations "
          + rules.durations().stream().map(Duration::toMinutes).toList() + ", was " + durationMinutes,
          Map.of("field", "durationMinutes"));
    }
    Optional<ScheduleEntity> schedule = scheduleOf(eventType);
    if (schedule.isEmpty()) {
      return new AvailableSlotsView((int) duration.toMinutes(), zone.getId(), List.of());
    }
    Optional<PublicUser> host = users.find(new UserId(eventType.hostId()));
    ZoneId hostZone = ZoneId.of(host.map(PublicUser::timeZone).orElse(schedule.get().timeZone()));

    Instant busyFrom = from.atStartOfDay(ZoneOffset.UTC).toInstant().minus(BUSY_MARGIN);
    Instant busyTo = to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().plus(BUSY_MARGIN);
    List<ExistingBooking> bookings = new ArrayList<>();
    List<Interval> otherBusy = new ArrayList<>();
    for (HostBusyTime source : busySources) {
      HostBusyTime.Busy busy = source.busyTime(eventType.hostId(), eventType.id(), busyFrom, busyTo);
      bookings.addAll(busy.bookings());
      otherBusy.addAll(busy.other());
    }
    Slots slots = BookingCalendar.builder(ScheduleMapping.toCore(schedule.get()), rules).hostZone(hostZone)
        .now(clock.instant()).bookings(bookings).busyTimes(otherBusy).build()
        .slots(duration, from, to, zone);
    return new AvailableSlotsView((int) duration.toMinutes(), zone.getId(), slots.days().stream()
        .map(day -> new SlotDayView(day.date(), day.starts().stream().map(start -> start.atOffset(ZoneOffset.UTC))
            .toList()))
        .toList());
  }

  public Optional<ProfileView> profile(String username) {
    return users.findByUsername(username).map(user -> new ProfileView(user.username(), user.name(),
        user.timeZone(), eventTypes.findByHostIdAndActiveTrueOrderByCreatedAtAsc(user.id().value()).stream()
            .map(EventTypeView::of).toList()));
  }

  /** The event type's own schedule, or the host's default when it has none (or its own was deleted). */
  private Optional<ScheduleEntity> scheduleOf(EventTypeEntity eventType) {
    UUID scheduleId = eventType.settings().scheduleId();
    Optional<ScheduleEntity> own = scheduleId == null ? Optional.empty() : schedules.findWithRulesById(scheduleId)
        .filter(schedule -> schedule.hostId().equals(eventType.hostId()));
    return own.isPresent() ? own : schedules.findWithRulesByHostIdAndIsDefaultTrue(eventType.hostId());
  }
}
