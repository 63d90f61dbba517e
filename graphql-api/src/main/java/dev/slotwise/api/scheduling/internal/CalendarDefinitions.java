package dev.slotwise.api.scheduling.internal;

import dev.slotwise.api.identity.UserDirectory;
import dev.slotwise.api.identity.UserDirectory.PublicUser;
import dev.slotwise.api.identity.UserId;
import dev.slotwise.api.scheduling.EventTypeCalendars.BookableEventType;
import dev.slotwise.scheduling.EventTypeRules;
import dev.slotwise.scheduling.Schedule;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Event types' rules and schedules as scheduling-core values, kept in memory between requests. Reading them from
 * the database and mapping them cost most of a slot query and of a booking; they change rarely, and then through
 * this module's services, which raise the host's {@link HostAvailabilityVersions counter} in the same transaction.
 * Every use checks that counter, so a definition is never used after a change has committed, on any instance.
 *
 * <p>The host's zone is kept too: the identity module fixes it when the account is verified, and nothing changes
 * it afterwards. A feature that lets hosts change their zone must raise the counter as well.
 */
@Component
class CalendarDefinitions {
  /** Beyond this many event types the cache starts again; each entry is a few kilobytes. */
  private static final int MAX_ENTRIES = 50_000;

  private final Map<UUID, CalendarDefinition> cache = new ConcurrentHashMap<>();
  private final EventTypeRepository eventTypes;
  private final ScheduleRepository schedules;
  private final UserDirectory users;
  private final HostAvailabilityVersions versions;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate readOnly;

  CalendarDefinitions(EventTypeRepository eventTypes, ScheduleRepository schedules, UserDirectory users,
      HostAvailabilityVersions versions, JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.eventTypes = eventTypes;
    this.schedules = schedules;
    this.users = users;
    this.versions = versions;
    this.jdbc = jdbc;
    // Only a miss needs a transaction (the entities' collections load lazily); a hit is two plain reads, and
    // opening a JPA session for them cost a fifth of a slot query.
    this.readOnly = new TransactionTemplate(transactions);
    this.readOnly.setReadOnly(true);
  }

  /**
   * Everything a calendar needs of an event type but busy time, immutable.
   *
   * @param hostVersion the host's counter when this was read
   * @param active whether guests may book it
   * @param schedule its schedule, or the host's default; empty (offering nothing) if the host has none
   */
  record CalendarDefinition(long hostVersion, boolean active, BookableEventType bookable, EventTypeRules rules,
      Schedule schedule, ZoneId hostZone) {}

  /** The event type's definition as committed now, or empty if there is no such event type. */
  Optional<CalendarDefinition> get(UUID eventTypeId) {
    CalendarDefinition cached = cache.get(eventTypeId);
    UUID hostId = cached != null ? cached.bookable().hostId() : hostOf(eventTypeId).orElse(null);
    if (hostId == null) {
      return Optional.empty();
    }
    long version = versions.current(hostId);
    if (cached != null && cached.hostVersion() == version) {
      return Optional.of(cached);
    }
    Optional<CalendarDefinition> loaded = load(eventTypeId, version);
    // Kept only if nothing changed while it was read: a change committed after the counter was read would be
    // in the rows read or not, and the counter read again tells which.
    if (loaded.isPresent() && versions.current(hostId) == version) {
      if (cache.size() >= MAX_ENTRIES) {
        cache.clear();
      }
      cache.put(eventTypeId, loaded.get());
    } else {
      cache.remove(eventTypeId);
    }
    return loaded;
  }

  private Optional<UUID> hostOf(UUID eventTypeId) {
    List<UUID> hosts = jdbc.queryForList("select host_id from event_type where id = ?", UUID.class, eventTypeId);
    return hosts.stream().findFirst();
  }

  private Optional<CalendarDefinition> load(UUID eventTypeId, long version) {
    return readOnly.execute(status -> eventTypes.findWithDurationsById(eventTypeId).map(entity -> {
      Optional<ScheduleEntity> stored = scheduleOf(entity);
      ZoneId hostZone = users.find(new UserId(entity.hostId())).map(PublicUser::timeZone).map(ZoneId::of)
          .orElse(stored.map(schedule -> ZoneId.of(schedule.timeZone())).orElse(ZoneId.of("UTC")));
      // A host whose schedule is gone has no availability: an empty schedule offers nothing, as it should.
      Schedule schedule = stored.map(ScheduleMapping::toCore).orElseGet(() -> Schedule.of(hostZone, List.of(),
          List.of()));
      return new CalendarDefinition(version, entity.isActive(), JpaEventTypeCalendars.bookable(entity),
          entity.settings().rules(), schedule, hostZone);
    }));
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
