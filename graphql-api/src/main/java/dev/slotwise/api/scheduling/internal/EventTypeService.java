package dev.slotwise.api.scheduling.internal;

import dev.slotwise.api.identity.Caller;
import dev.slotwise.api.identity.Plan;
import dev.slotwise.api.identity.Role;
import dev.slotwise.api.identity.SignedInUser;
import dev.slotwise.api.platform.ApiException;
import dev.slotwise.api.platform.ChangeLog;
import dev.slotwise.api.platform.ClusterEvents;
import dev.slotwise.api.scheduling.AvailabilityNotices;
import dev.slotwise.api.platform.UserError;
import dev.slotwise.api.scheduling.internal.SchedulingInputs.CreateEventTypeInput;
import dev.slotwise.api.scheduling.internal.SchedulingInputs.DeleteInput;
import dev.slotwise.api.scheduling.internal.SchedulingInputs.DeletePayload;
import dev.slotwise.api.scheduling.internal.SchedulingInputs.EventTypePayload;
import dev.slotwise.api.scheduling.internal.SchedulingInputs.UpdateEventTypeInput;
import dev.slotwise.api.scheduling.internal.SchedulingViews.EventTypeView;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.graphql.data.ArgumentValue;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A host's event types: listing, making, changing and deleting them. The engine's bounds are checked by
 * scheduling-core ({@link EventTypeDraft}); this service keeps the rules that span event types (unique slugs, the
 * FREE plan's one active event type) and the link to the host's own schedules. Each change is one transaction
 * under the host's lock, with its change-log row.
 */
@Service
class EventTypeService {
  /** Active event types a host on the FREE plan may have. */
  static final int FREE_ACTIVE_EVENT_TYPES = 1;
  private static final String SLUG_INDEX = "event_type_host_slug";

  private final EventTypeRepository eventTypes;
  private final ScheduleService schedules;
  private final HostLock hostLock;
  private final ChangeLog changeLog;
  private final ClusterEvents cluster;
  private final Caller caller;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final HostAvailabilityVersions versions;

  EventTypeService(EventTypeRepository eventTypes, ScheduleService schedules, HostLock hostLock,
      ChangeLog changeLog, ClusterEvents cluster, Caller caller, TransactionTemplate transactions, Clock clock,
      HostAvailabilityVersions versions) {
    this.versions = versions;
    this.eventTypes = eventTypes;
    this.schedules = schedules;
    this.hostLock = hostLock;
    this.changeLog = changeLog;
    this.cluster = cluster;
    this.caller = caller;
    this.transactions = transactions;
    this.clock = clock;
  }

  @PreAuthorize("hasAnyRole('HOST', 'ADMIN')")
  @Transactional(readOnly = true)
  public List<EventTypeView> eventTypes() {
    UUID hostId = caller.requireSignedIn().id().value();
    return eventTypes.findByHostIdOrderByCreatedAtAscIdAsc(hostId).stream().map(EventTypeView::of).toList();
  }

  @PreAuthorize("hasAnyRole('HOST', 'ADMIN')")
  public EventTypePayload create(CreateEventTypeInput input) {
    SignedInUser user = caller.requireSignedIn();
    UUID hostId = user.id().value();
    EventTypeDraft draft = EventTypeDraft.newEventType().title(input.title()).slug(input.slug())
        .description(input.description()).durations(input.durations(), input.defaultDurationMinutes())
        .slotInterval(input.slotIntervalMinutes()).buffers(input.bufferBeforeMinutes(), input.bufferAfterMinutes())
        .minimumNotice(input.minimumNoticeMinutes()).bookingWindow(input.bookingWindow())
        .dailyLimit(input.dailyLimit()).weeklyLimit(input.weeklyLimit()).maxExtraGuests(input.maxExtraGuests())
        .requiresConfirmation(input.requiresConfirmation()).locationKind(input.locationKind())
        .active(input.active());
    if (input.scheduleId() != null) {
      Optional<UUID> scheduleId = decodeSchedule(input.scheduleId());
      if (scheduleId.isEmpty()) {
        return EventTypePayload.failed(List.of(SchedulingInputs.notFound("scheduleId", "schedule")));
      }
      draft.scheduleId(scheduleId.get());
    }
    Optional<EventTypeSettings> settings = draft.settings();
    if (settings.isEmpty()) {
      return EventTypePayload.failed(draft.errors().list());
    }
    return saveUnlessSlugTaken(settings.get().slug(), () -> transactions.execute(status -> {
      hostLock.lock(hostId);
      Optional<UserError> refused = refusal(user, settings.get(), null);
      if (refused.isPresent()) {
        return EventTypePayload.failed(List.of(refused.get()));
      }
      Instant now = clock.instant();
      EventTypeEntity eventType = new EventTypeEntity(UUID.randomUUID(), hostId, now);
      eventType.apply(settings.get(), now);
      eventType = eventTypes.saveAndFlush(eventType);
      EventTypeView after = EventTypeView.of(eventType);
      record(eventType.id(), "CREATED", hostId, null, after);
      return EventTypePayload.of(after);
    }));
  }

  @PreAuthorize("hasAnyRole('HOST', 'ADMIN')")
  public EventTypePayload update(UpdateEventTypeInput input) {
    SignedInUser user = caller.requireSignedIn();
    UUID hostId = user.id().value();
    Optional<UUID> id = decodeEventType(input.id());
    if (id.isEmpty()) {
      return EventTypePayload.failed(List.of(SchedulingInputs.notFound("id", "event type")));
    }
    UUID givenSchedule = null;
    if (given(input.scheduleId()) && input.scheduleId().value() != null) {
      Optional<UUID> decoded = decodeSchedule(input.scheduleId().value());
      if (decoded.isEmpty()) {
        return EventTypePayload.failed(List.of(SchedulingInputs.notFound("scheduleId", "schedule")));
      }
      givenSchedule = decoded.get();
    }
    UUID scheduleId = givenSchedule;
    return saveUnlessSlugTaken(input.slug(), () -> transactions.execute(status -> {
      hostLock.lock(hostId);
      Optional<EventTypeEntity> found = own(hostId, id.get());
      if (found.isEmpty()) {
        return EventTypePayload.failed(List.of(SchedulingInputs.notFound("id", "event type")));
      }
      EventTypeEntity eventType = found.get();
      EventTypeSettings stored = eventType.settings();
      EventTypeDraft draft = EventTypeDraft.of(stored).title(input.title()).slug(input.slug())
          .description(input.description()).durations(input.durations(), input.defaultDurationMinutes())
          .slotInterval(input.slotIntervalMinutes())
          .buffers(input.bufferBeforeMinutes(), input.bufferAfterMinutes())
          .minimumNotice(input.minimumNoticeMinutes()).bookingWindow(input.bookingWindow())
          .maxExtraGuests(input.maxExtraGuests()).requiresConfirmation(input.requiresConfirmation())
          .locationKind(input.locationKind()).active(input.active());
      if (given(input.dailyLimit())) {
        draft.dailyLimit(input.dailyLimit().value());
      }
      if (given(input.weeklyLimit())) {
        draft.weeklyLimit(input.weeklyLimit().value());
      }
      if (given(input.scheduleId())) {
        draft.scheduleId(scheduleId);
      }
      Optional<EventTypeSettings> settings = draft.settings();
      if (settings.isEmpty()) {
        return EventTypePayload.failed(draft.errors().list());
      }
      Optional<UserError> refused = refusal(user, settings.get(), eventType);
      if (refused.isPresent()) {
        return EventTypePayload.failed(List.of(refused.get()));
      }
      EventTypeView before = EventTypeView.of(eventType);
      eventType.apply(settings.get(), clock.instant());
      eventTypes.flush();
      EventTypeView after = EventTypeView.of(eventType);
      record(eventType.id(), "UPDATED", hostId, before, after);
      return EventTypePayload.of(after);
    }));
  }

  @PreAuthorize("hasAnyRole('HOST', 'ADMIN')")
  public DeletePayload delete(DeleteInput input) {
    UUID hostId = caller.requireSignedIn().id().value();
    Optional<UUID> id = decodeEventType(input.id());
    if (id.isEmpty()) {
      return DeletePayload.failed(SchedulingInputs.notFound("id", "event type"));
    }
    return transactions.execute(status -> {
      hostLock.lock(hostId);
      Optional<EventTypeEntity> found = own(hostId, id.get());
      if (found.isEmpty()) {
        return DeletePayload.failed(SchedulingInputs.notFound("id", "event type"));
      }
      EventTypeView before = EventTypeView.of(found.get());
      eventTypes.delete(found.get());
      eventTypes.flush();
      record(found.get().id(), "DELETED", hostId, before, null);
      return DeletePayload.of(before.id());
    });
  }

  /**
   * Why the host may not store these settings, checked under the host's lock so that what was read still holds
   * at commit: the schedule must be the host's, the slug free, and a FREE host's active event types at most
   * {@value #FREE_ACTIVE_EVENT_TYPES}. Only activating counts, so a host who moved down to FREE with several
   * active event types can still edit them.
   *
   * @param current the stored event type being changed; null for a new one
   */
  private Optional<UserError> refusal(SignedInUser user, EventTypeSettings settings, EventTypeEntity current) {
    UUID hostId = user.id().value();
    UUID scheduleId = settings.scheduleId();
    boolean scheduleUnchanged = current != null && Objects.equals(scheduleId, current.settings().scheduleId());
    if (scheduleId != null && !scheduleUnchanged && !schedules.isOwn(hostId, scheduleId)) {
      return Optional.of(SchedulingInputs.notFound("scheduleId", "schedule"));
    }
    boolean slugTaken = current == null ? eventTypes.existsByHostIdAndSlug(hostId, settings.slug())
        : eventTypes.existsByHostIdAndSlugAndIdNot(hostId, settings.slug(), current.id());
    if (slugTaken) {
      return Optional.of(slugTaken(settings.slug()));
    }
    boolean activating = settings.active() && (current == null || !current.isActive());
    if (activating && isLimited(user) && eventTypes.countActive(hostId) >= FREE_ACTIVE_EVENT_TYPES) {
      return Optional.of(UserError.onInput("active", SchedulingInputs.PLAN_LIMIT, "The FREE plan allows "
          + FREE_ACTIVE_EVENT_TYPES + " active event type: deactivate the other one first, or move to PAID"));
    }
    return Optional.empty();
  }

  /** Hosts on the FREE plan are limited; PAID hosts and administrators are not. */
  private static boolean isLimited(SignedInUser user) {
    return user.role() == Role.HOST && user.plan() == Plan.FREE;
  }

  /**
   * Runs a change, and answers SLUG_TAKEN when the database refuses a duplicate slug at commit. The host's lock
   * keeps two of the host's own requests from getting there; the index is the last word.
   */
  private EventTypePayload saveUnlessSlugTaken(String slug, Supplier<EventTypePayload> change) {
    try {
      return change.get();
    } catch (DataIntegrityViolationException race) {
      if (String.valueOf(race.getMostSpecificCause().getMessage()).contains(SLUG_INDEX)) {
        return EventTypePayload.failed(List.of(slugTaken(slug)));
      }
      throw race;
    }
  }

  private Optional<EventTypeEntity> own(UUID hostId, UUID eventTypeId) {
    return eventTypes.findWithDurationsById(eventTypeId).filter(eventType -> eventType.hostId().equals(hostId));
  }

  private void record(UUID eventTypeId, String action, UUID hostId, EventTypeView before, EventTypeView after) {
    changeLog.record("scheduling", SchedulingViews.EVENT_TYPE, eventTypeId, action, hostId.toString(), before,
        after);
    // Cached calendars of this host are read again (see CalendarDefinitions), on every instance.
    versions.changed(hostId);
    // Open booking pages of this host ask for slots again once this commits.
    cluster.publish(AvailabilityNotices.CHANNEL, hostId.toString());
  }

  private static UserError slugTaken(String slug) {
    return UserError.onInput("slug", SchedulingInputs.SLUG_TAKEN, "slug '" + slug
        + "' is taken by another of your event types");
  }

  private static boolean given(ArgumentValue<?> value) {
    return value != null && !value.isOmitted();
  }

  private static Optional<UUID> decodeSchedule(String id) {
    try {
      return Optional.of(SchedulingViews.scheduleId(id));
    } catch (ApiException malformed) {
      return Optional.empty();
    }
  }

  private static Optional<UUID> decodeEventType(String id) {
    try {
      return Optional.of(SchedulingViews.eventTypeId(id));
    } catch (ApiException malformed) {
      return Optional.empty();
    }
  }
}
