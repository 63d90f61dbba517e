package dev.slotwise.api.scheduling.internal;

import dev.slotwise.api.scheduling.internal.CalendarDefinitions.CalendarDefinition;
import dev.slotwise.api.scheduling.EventTypeCalendars;
import dev.slotwise.api.scheduling.HostBusyTime;
import dev.slotwise.scheduling.BookingCalendar;
import dev.slotwise.scheduling.ExistingBooking;
import dev.slotwise.scheduling.Interval;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
class JpaEventTypeCalendars implements EventTypeCalendars {
  private final CalendarDefinitions definitions;
  private final List<HostBusyTime> busySources;
  private final EntityManager entityManager;
  private final Clock clock;

  JpaEventTypeCalendars(CalendarDefinitions definitions, List<HostBusyTime> busySources, EntityManager entityManager,
      Clock clock) {
    this.definitions = definitions;
    this.busySources = busySources;
    this.entityManager = entityManager;
    this.clock = clock;
  }

  @Override
  public Optional<BookableEventType> find(UUID eventTypeId) {
    return definitions.get(eventTypeId).filter(CalendarDefinition::active).map(CalendarDefinition::bookable);
  }

  @Override
  public BookingCalendar calendar(BookableEventType eventType, Instant from, Instant to) {
    return calendar(definitions.get(eventType.id()).orElseThrow(), from, to);
  }

  /** The calendar of a definition read in this transaction, with the busy time around {@code [from, to)}. */
  BookingCalendar calendar(CalendarDefinition definition, Instant from, Instant to) {
    List<ExistingBooking> bookings = new ArrayList<>();
    List<Interval> otherBusy = new ArrayList<>();
    BookableEventType eventType = definition.bookable();
    for (HostBusyTime source : busySources) {
      HostBusyTime.Busy busy = source.busyTime(eventType.hostId(), eventType.id(), from, to);
      bookings.addAll(busy.bookings());
      otherBusy.addAll(busy.other());
    }
    return BookingCalendar.builder(definition.schedule(), definition.rules()).hostZone(definition.hostZone())
        .now(clock.instant()).bookings(bookings).busyTimes(otherBusy).build();
  }

  @Override
  @Transactional(readOnly = true)
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
}
