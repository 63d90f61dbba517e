package dev.slotwise.api.scheduling.internal;

import dev.slotwise.api.identity.UserDirectory;
import dev.slotwise.api.identity.UserDirectory.PublicUser;
import dev.slotwise.api.identity.UserId;
import dev.slotwise.api.scheduling.EventTypeCalendars;
import dev.slotwise.api.scheduling.HostBusyTime;
import dev.slotwise.scheduling.BookingCalendar;
import dev.slotwise.scheduling.ExistingBooking;
import dev.slotwise.scheduling.Interval;
import dev.slotwise.scheduling.Schedule;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assembles event types' calendars from the database: the event type and its durations, its schedule (or the
 * host's default) with rules and overrides, the host's zone, and the busy time of every source. A fixed number
 * of queries, whatever the span.
 */
@Component
@Transactional(readOnly = true)
class JpaEventTypeCalendars implements EventTypeCalendars {
  private final EventTypeRepository eventTypes;
  private final ScheduleRepository schedules;
  private final UserDirectory users;
  private final List<HostBusyTime> busySources;
  private final EntityManager entityManager;
  private final Clock clock;

  JpaEventTypeCalendars(EventTypeRepository eventTypes, ScheduleRepository schedules, UserDirectory users,
      List<HostBusyTime> busySources, EntityManager entityManager, Clock clock) {
    this.eventTypes = eventTypes;
    this.schedules = schedules;
    this.users = users;
    this.busySources = busySources;
    this.entityManager = entityManager;
    this.clock = clock;
  }

  @Override
  public Optional<BookableEventType> find(UUID eventTypeId) {
    return eventTypes.findWithDurationsById(eventTypeId).filter(EventTypeEntity::isActive)
        .map(JpaEventTypeCalendars::bookable);
  }

  @Override
  public BookingCalendar calendar(BookableEventType eventType, Instant from, Instant to) {
    EventTypeEntity entity = eventTypes.findWithDurationsById(eventType.id()).orElseThrow();
    Optional<ScheduleEntity> stored = scheduleOf(entity);
    ZoneId hostZone = users.find(new UserId(entity.hostId())).map(PublicUser::timeZone).map(ZoneId::of)
        .orElse(stored.map(schedule -> ZoneId.of(schedule.timeZone())).orElse(ZoneId.of("UTC")));
    // A host whose schedule is gone has no availability: an empty schedule offers nothing, as it should.
    Schedule schedule = stored.map(ScheduleMapping::toCore).orElseGet(() -> Schedule.of(hostZone, List.of(),
        List.of()));
    List<ExistingBooking> bookings = new ArrayList<>();
    List<Interval> otherBusy = new ArrayList<>();
    for (HostBusyTime source : busySources) {
      HostBusyTime.Busy busy = source.busyTime(entity.hostId(), entity.id(), from, to);
      bookings.addAll(busy.bookings());
      otherBusy.addAll(busy.other());
    }
    return BookingCalendar.builder(schedule, entity.settings().rules()).hostZone(hostZone).now(clock.instant())
        .bookings(bookings).busyTimes(otherBusy).build();
  }

  @Override
  public Map<UUID, String> titles(Collection<UUID> eventTypeIds) {
    if (eventTypeIds.isEmpty()) {
      return Map.of();
    }
    // A projection, not entities: reading an entity's settings would load its durations, one query each.
    return entityManager.createQuery("select e.id, e.title from EventTypeEntity e where e.id in :ids", Object[].class)
        .setParameter("ids", Set.copyOf(eventTypeIds)).getResultStream()
        .collect(Collectors.toMap(row -> (UUID) row[0], row -> (String) row[1]));
  }

  static BookableEventType bookable(EventTypeEntity entity) {
    EventTypeSettings settings = entity.settings();
    Map<Integer, Price> prices = new HashMap<>();
    settings.durations().stream().filter(row -> row.priceAmount() != null)
        .forEach(row -> prices.put(row.minutes(), new Price(row.priceAmount(), row.priceCurrency())));
    return new BookableEventType(entity.id(), entity.hostId(), settings.title(),
        Duration.ofMinutes(settings.defaultDuration()), Duration.ofMinutes(settings.bufferBefore()), Duration.ofMinutes(settings.bufferAfter()),
        settings.requiresConfirmation(), settings.maxExtraGuests(), prices);
  }

  /** The event type's own schedule, or the host's default when it has none (or its own was deleted). */
  private Optional<ScheduleEntity> scheduleOf(EventTypeEntity eventType) {
    UUID scheduleId = eventType.settings().scheduleId();
    Optional<UUID> id = Optional.ofNullable(scheduleId).flatMap(schedules::findById)
        .filter(schedule -> schedule.hostId().equals(eventType.hostId())).map(ScheduleEntity::id)
        .or(() -> schedules.findByHostIdAndIsDefaultTrue(eventType.hostId()).map(ScheduleEntity::id));
    return id.map(this::withRulesAndOverrides);
  }

  /**
   * The schedule with both its collections, in two queries: one join of both would return rules times
   * overrides rows. The second query fills the same entity in this transaction's persistence context.
   */
  private ScheduleEntity withRulesAndOverrides(UUID id) {
    List<ScheduleEntity> found = schedules.findWithWeeklyRulesByIdIn(List.of(id));
    schedules.findWithDateOverridesByIdIn(List.of(id));
    return found.get(0);
  }
}
