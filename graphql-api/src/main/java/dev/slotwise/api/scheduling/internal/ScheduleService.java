package dev.slotwise.api.scheduling.internal;

import dev.slotwise.api.identity.Caller;
import dev.slotwise.api.identity.SignedInUser;
import dev.slotwise.api.platform.ApiException;
import dev.slotwise.api.platform.ChangeLog;
import dev.slotwise.api.platform.ClusterEvents;
import dev.slotwise.api.scheduling.AvailabilityNotices;
import dev.slotwise.api.platform.UserError;
import dev.slotwise.api.scheduling.internal.SchedulingInputs.CreateScheduleInput;
import dev.slotwise.api.scheduling.internal.SchedulingInputs.DateOverrideInput;
import dev.slotwise.api.scheduling.internal.SchedulingInputs.DeleteInput;
import dev.slotwise.api.scheduling.internal.SchedulingInputs.DeletePayload;
import dev.slotwise.api.scheduling.internal.SchedulingInputs.Errors;
import dev.slotwise.api.scheduling.internal.SchedulingInputs.SchedulePayload;
import dev.slotwise.api.scheduling.internal.SchedulingInputs.TimeWindowInput;
import dev.slotwise.api.scheduling.internal.SchedulingInputs.UpdateScheduleInput;
import dev.slotwise.api.scheduling.internal.SchedulingInputs.WeeklyRuleInput;
import dev.slotwise.api.scheduling.internal.SchedulingViews.EventTypeView;
import dev.slotwise.api.scheduling.internal.SchedulingViews.ScheduleView;
import dev.slotwise.scheduling.AvailabilityKind;
import dev.slotwise.scheduling.DateOverride;
import dev.slotwise.scheduling.SchedulingInputException;
import dev.slotwise.scheduling.TimeOfDay;
import dev.slotwise.scheduling.TimeWindow;
import dev.slotwise.scheduling.TimeZones;
import dev.slotwise.scheduling.WeeklyRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A host's schedules: listing, making, changing and deleting them. Every rule about weekly rules, windows and
 * zones is scheduling-core's; this service turns input into core types (so the core checks it), the core types
 * into rows, and keeps the rules that span schedules: exactly one default per host, and the default is never
 * deleted. Each change is one transaction under the host's lock, with its change-log row.
 */
@Service
class ScheduleService {
  static final int MAX_NAME = 100;
  /** Bounds that keep one schedule to a size a person could mean, and a request to a size the server can take. */
  static final int MAX_WEEKLY_RULES = 100;
  static final int MAX_DATE_OVERRIDES = 500;
  static final int MAX_WINDOWS_PER_OVERRIDE = 24;

  private final ScheduleRepository schedules;
  private final EventTypeRepository eventTypes;
  private final HostLock hostLock;
  private final ChangeLog changeLog;
  private final ClusterEvents cluster;
  private final Caller caller;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final HostAvailabilityVersions versions;

  ScheduleService(ScheduleRepository schedules, EventTypeRepository eventTypes, HostLock hostLock,
      ChangeLog changeLog, ClusterEvents cluster, Caller caller, TransactionTemplate transactions, Clock clock,
      HostAvailabilityVersions versions) {
    this.versions = versions;
    this.schedules = schedules;
    this.eventTypes = eventTypes;
    this.hostLock = hostLock;
    this.changeLog = changeLog;
    this.cluster = cluster;
    this.caller = caller;
    this.transactions = transactions;
    this.clock = clock;
  }

  @PreAuthorize("hasAnyRole('HOST', 'ADMIN')")
  @Transactional(readOnly = true)
  public List<ScheduleView> schedules() {
    UUID hostId = caller.requireSignedIn().id().value();
    List<ScheduleEntity> own = schedules.findByHostIdOrderByIsDefaultDescCreatedAtAscIdAsc(hostId);
    loadRules(own.stream().map(ScheduleEntity::id).toList());
    return own.stream().map(ScheduleView::of).toList();
  }

  /**
   * The schedules with these IDs that belong to the caller, for {@code EventType.schedule}: one query for a whole
   * page of event types. Anyone else's schedule, including the host's when a guest looks at a public profile, is
   * left out, since rules and names say more about a host than the slots do.
   */
  @Transactional(readOnly = true)
  public Map<UUID, ScheduleView> callersSchedules(Collection<UUID> ids) {
    Optional<SignedInUser> user = caller.signedInUser();
    if (user.isEmpty() || ids.isEmpty()) {
      return Map.of();
    }
    UUID hostId = user.get().id().value();
    return loadRules(Set.copyOf(ids)).stream().filter(schedule -> schedule.hostId().equals(hostId))
        .collect(Collectors.toMap(ScheduleEntity::id, ScheduleView::of));
  }

  @PreAuthorize("hasAnyRole('HOST', 'ADMIN')")
  public SchedulePayload create(CreateScheduleInput input) {
    UUID hostId = caller.requireSignedIn().id().value();
    Errors errors = new Errors();
    String name = checkName(errors, input.name());
    ZoneId zone = checkZone(errors, input.timeZone());
    List<WeeklyRuleRow> rules = weeklyRules(errors, input.weeklyRules(), zone);
    List<DateOverrideRow> overrides = dateOverrides(errors, input.dateOverrides());
    if (!errors.isEmpty()) {
      return SchedulePayload.failed(errors.list());
    }
    return transactions.execute(status -> {
      hostLock.lock(hostId);
      Instant now = clock.instant();
      // The first schedule becomes the default; so does any other when a host somehow has none.
      boolean isDefault = schedules.findByHostIdAndIsDefaultTrue(hostId).isEmpty();
      ScheduleEntity schedule = new ScheduleEntity(UUID.randomUUID(), hostId, name, zone.getId(), isDefault, now);
      schedule.replaceWeeklyRules(rules, now);
      schedule.replaceDateOverrides(overrides, now);
      schedule = schedules.saveAndFlush(schedule);
      ScheduleView after = ScheduleView.of(schedule);
      record(schedule.id(), "CREATED", hostId, null, after);
      return SchedulePayload.of(after);
    });
  }

  @PreAuthorize("hasAnyRole('HOST', 'ADMIN')")
  public SchedulePayload update(UpdateScheduleInput input) {
    UUID hostId = caller.requireSignedIn().id().value();
    Optional<UUID> id = decode(input.id());
    if (id.isEmpty()) {
      return SchedulePayload.failed(List.of(SchedulingInputs.notFound("id", "schedule")));
    }
    Errors errors = new Errors();
    String name = input.name() == null ? null : checkName(errors, input.name());
    ZoneId newZone = input.timeZone() == null ? null : checkZone(errors, input.timeZone());
    if (!errors.isEmpty()) {
      return SchedulePayload.failed(errors.list());
    }
    return transactions.execute(status -> {
      hostLock.lock(hostId);
      Optional<ScheduleEntity> found = own(hostId, id.get());
      if (found.isEmpty()) {
        return SchedulePayload.failed(List.of(SchedulingInputs.notFound("id", "schedule")));
      }
      ScheduleEntity schedule = found.get();
      ZoneId zone = newZone != null ? newZone : ZoneId.of(schedule.timeZone());
      // A rule's left-out dates start today in the zone the schedule will have.
      List<WeeklyRuleRow> rules = input.weeklyRules() == null ? null : weeklyRules(errors, input.weeklyRules(), zone);
      List<DateOverrideRow> overrides = input.dateOverrides() == null ? null
          : dateOverrides(errors, input.dateOverrides());
      if (!errors.isEmpty()) {
        return SchedulePayload.failed(errors.list());
      }
      if (Boolean.FALSE.equals(input.makeDefault()) && schedule.isDefault()) {
        return SchedulePayload.failed(List.of(UserError.onInput("makeDefault", SchedulingInputs.DEFAULT_SCHEDULE,
            "A host always has a default schedule: make another schedule the default instead")));
      }
      ScheduleView before = ScheduleView.of(schedule);
      Instant now = clock.instant();
      if (Boolean.TRUE.equals(input.makeDefault()) && !schedule.isDefault()) {
        moveDefaultTo(schedule, hostId, now);
      }
      if (name != null) {
        schedule.rename(name, now);
      }
      if (newZone != null) {
        schedule.moveTo(newZone.getId(), now);
      }
      if (rules != null) {
        schedule.replaceWeeklyRules(rules, now);
      }
      if (overrides != null) {
        schedule.replaceDateOverrides(overrides, now);
      }
      schedules.flush();
      ScheduleView after = ScheduleView.of(schedule);
      record(schedule.id(), "UPDATED", hostId, before, after);
      return SchedulePayload.of(after);
    });
  }

  @PreAuthorize("hasAnyRole('HOST', 'ADMIN')")
  public DeletePayload delete(DeleteInput input) {
    UUID hostId = caller.requireSignedIn().id().value();
    Optional<UUID> id = decode(input.id());
    if (id.isEmpty()) {
      return DeletePayload.failed(SchedulingInputs.notFound("id", "schedule"));
    }
    return transactions.execute(status -> {
      hostLock.lock(hostId);
      Optional<ScheduleEntity> found = own(hostId, id.get());
      if (found.isEmpty()) {
        return DeletePayload.failed(SchedulingInputs.notFound("id", "schedule"));
      }
      ScheduleEntity schedule = found.get();
      if (schedule.isDefault()) {
        return DeletePayload.failed(UserError.onInput("id", SchedulingInputs.DEFAULT_SCHEDULE,
            "The default schedule cannot be deleted: make another schedule the default first"));
      }
      Instant now = clock.instant();
      // The foreign key would set these to null too, but each such event type changes, so each gets its record.
      for (EventTypeEntity eventType : eventTypes.findByHostIdAndScheduleId(hostId, schedule.id())) {
        EventTypeView before = EventTypeView.of(eventType);
        eventType.useDefaultSchedule(now);
        changeLog.record("scheduling", SchedulingViews.EVENT_TYPE, eventType.id(), "UPDATED", hostId.toString(),
            before, EventTypeView.of(eventType));
      }
      ScheduleView before = ScheduleView.of(schedule);
      schedules.delete(schedule);
      schedules.flush();
      record(schedule.id(), "DELETED", hostId, before, null);
      return DeletePayload.of(before.id());
    });
  }

  /**
   * Whether the host has a schedule with this ID. Event types name their schedule by it; another host's schedule
   * is as unknown as one that does not exist. Runs in the caller's transaction.
   */
  boolean isOwn(UUID hostId, UUID scheduleId) {
    return own(hostId, scheduleId).isPresent();
  }

  /** Makes this schedule the default, taking it from the old one first, so the unique index never sees two. */
  private void moveDefaultTo(ScheduleEntity schedule, UUID hostId, Instant now) {
    Optional<ScheduleEntity> old = schedules.findByHostIdAndIsDefaultTrue(hostId);
    if (old.isPresent()) {
      ScheduleView oldBefore = ScheduleView.of(old.get());
      old.get().markDefault(false, now);
      schedules.flush();
      record(old.get().id(), "UPDATED", hostId, oldBefore, ScheduleView.of(old.get()));
    }
    schedule.markDefault(true, now);
  }

  private Optional<ScheduleEntity> own(UUID hostId, UUID scheduleId) {
    return schedules.findById(scheduleId).filter(schedule -> schedule.hostId().equals(hostId));
  }

  /**
   * Loads schedules with their weekly rules and their overrides in two queries, not one per schedule, nor one
   * join of both lists (whose rows would be rules times overrides).
   */
  private List<ScheduleEntity> loadRules(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    List<ScheduleEntity> loaded = schedules.findWithWeeklyRulesByIdIn(ids);
    schedules.findWithDateOverridesByIdIn(ids);
    return loaded;
  }

  private void record(UUID scheduleId, String action, UUID hostId, ScheduleView before, ScheduleView after) {
    changeLog.record("scheduling", SchedulingViews.SCHEDULE, scheduleId, action, hostId.toString(), before, after);
    // Cached calendars of this host are read again (see CalendarDefinitions), on every instance.
    versions.changed(hostId);
    // Open booking pages of this host ask for slots again once this commits.
    cluster.publish(AvailabilityNotices.CHANNEL, hostId.toString());
  }

  private static Optional<UUID> decode(String id) {
    try {
      return Optional.of(SchedulingViews.scheduleId(id));
    } catch (ApiException malformed) {
      return Optional.empty();
    }
  }

  private static String checkName(Errors errors, String name) {
    String trimmed = name == null ? "" : name.strip();
    int length = trimmed.codePointCount(0, trimmed.length());
    if (length < 1 || length > MAX_NAME) {
      errors.reject(List.of("name"), "must be 1 to " + MAX_NAME + " characters", name);
    }
    return trimmed;
  }

  private static ZoneId checkZone(Errors errors, String timeZone) {
    try {
      return TimeZones.parse("timeZone", timeZone);
    } catch (SchedulingInputException invalid) {
      errors.reject(List.of("timeZone"), invalid);
      return null;
    }
  }

  /**
   * Weekly rules as rows, each checked by scheduling-core. Left-out dates are filled in: from today in the
   * schedule's zone (UTC while the zone given is itself wrong), until a year after that.
   */
  private List<WeeklyRuleRow> weeklyRules(Errors errors, List<WeeklyRuleInput> inputs, ZoneId zone) {
    if (inputs == null) {
      return List.of();
    }
    if (inputs.size() > MAX_WEEKLY_RULES) {
      errors.reject(List.of("weeklyRules"), "must hold at most " + MAX_WEEKLY_RULES + " rules", inputs.size());
      return List.of();
    }
    LocalDate today = LocalDate.now(clock.withZone(zone != null ? zone : ZoneOffset.UTC));
    List<WeeklyRuleRow> rows = new ArrayList<>(inputs.size());
    for (int i = 0; i < inputs.size(); i++) {
      WeeklyRuleInput input = inputs.get(i);
      Optional<TimeWindow> window = window(errors, List.of("weeklyRules", i), input.start(), input.end());
      LocalDate from = input.from() != null ? input.from() : today;
      LocalDate until = input.until() != null ? input.until() : from.plusYears(1);
      AvailabilityKind kind = input.kind() != null ? input.kind() : AvailabilityKind.AVAILABLE;
      if (window.isEmpty()) {
        continue;
      }
      try {
        WeeklyRule rule = new WeeklyRule(input.dayOfWeek(), window.get(), kind, from, until);
        rows.add(new WeeklyRuleRow((short) rule.day().getValue(), rule.window().start().minuteOfDay(),
            rule.window().end().minuteOfDay(), rule.kind(), rule.from(), rule.until()));
      } catch (SchedulingInputException invalid) {
        errors.reject(List.of("weeklyRules", i, ruleField(invalid.field())), invalid);
      }
    }
    return rows;
  }

  /** Overrides as rows: per date, its "unavailable all day" mark, then its available windows, then its busy ones. */
  private static List<DateOverrideRow> dateOverrides(Errors errors, List<DateOverrideInput> inputs) {
    if (inputs == null) {
      return List.of();
    }
    if (inputs.size() > MAX_DATE_OVERRIDES) {
      errors.reject(List.of("dateOverrides"), "must hold at most " + MAX_DATE_OVERRIDES + " dates", inputs.size());
      return List.of();
    }
    Set<LocalDate> dates = new HashSet<>();
    List<DateOverrideRow> rows = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      DateOverrideInput input = inputs.get(i);
      List<Object> path = List.of("dateOverrides", i);
      if (!dates.add(input.date())) {
        // One override per date keeps what the host reads back the same as what they wrote.
        errors.reject(List.of("dateOverrides", i, "date"), "must differ from the other overrides' dates",
            input.date());
        continue;
      }
      List<TimeWindow> available = windows(errors, path, "available", input.available());
      List<TimeWindow> busy = windows(errors, path, "busy", input.busy());
      if (available == null || busy == null) {
        continue;
      }
      try {
        DateOverride override = new DateOverride(input.date(), available, busy,
            Boolean.TRUE.equals(input.unavailableAllDay()));
        if (override.unavailableAll()) {
          rows.add(new DateOverrideRow(override.date(), DateOverrideRow.UNAVAILABLE, null, null));
        }
        override.available().forEach(window -> rows.add(row(override.date(), DateOverrideRow.AVAILABLE, window)));
        override.busy().forEach(window -> rows.add(row(override.date(), DateOverrideRow.BUSY, window)));
      } catch (SchedulingInputException invalid) {
        errors.reject(path, invalid);
      }
    }
    return rows;
  }

  /** The windows of one kind of an override; null when one of them is wrong (and so reported). */
  private static List<TimeWindow> windows(Errors errors, List<Object> overridePath, String kind,
      List<TimeWindowInput> inputs) {
    if (inputs == null) {
      return List.of();
    }
    if (inputs.size() > MAX_WINDOWS_PER_OVERRIDE) {
      errors.reject(concat(overridePath, kind), "must hold at most " + MAX_WINDOWS_PER_OVERRIDE + " windows",
          inputs.size());
      return null;
    }
    List<TimeWindow> windows = new ArrayList<>(inputs.size());
    boolean allValid = true;
    for (int j = 0; j < inputs.size(); j++) {
      Optional<TimeWindow> window = window(errors, concat(overridePath, kind, j), inputs.get(j).start(),
          inputs.get(j).end());
      window.ifPresent(windows::add);
      allValid &= window.isPresent();
    }
    return allValid ? windows : null;
  }

  private static Optional<TimeWindow> window(Errors errors, List<Object> path, TimeOfDay start, TimeOfDay end) {
    try {
      return Optional.of(TimeWindow.of(start, end));
    } catch (SchedulingInputException invalid) {
      errors.reject(concat(path, invalid.field().endsWith("start") ? "start" : "end"), invalid);
      return Optional.empty();
    }
  }

  /** The input field a weekly rule's refusal is about: {@code weeklyRule.until} is the rule's {@code until}. */
  private static String ruleField(String coreField) {
    return switch (coreField) {
      case "weeklyRule.day" -> "dayOfWeek";
      case "weeklyRule.kind" -> "kind";
      case "weeklyRule.from" -> "from";
      default -> "until";
    };
  }

  private static DateOverrideRow row(LocalDate date, String kind, TimeWindow window) {
    return new DateOverrideRow(date, kind, window.start().minuteOfDay(), window.end().minuteOfDay());
  }

  private static List<Object> concat(List<Object> path, Object... more) {
    List<Object> joined = new ArrayList<>(path);
    joined.addAll(List.of(more));
    return joined;
  }
}
