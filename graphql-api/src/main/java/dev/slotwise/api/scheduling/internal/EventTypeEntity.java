package dev.slotwise.api.scheduling.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** An event type row with its durations and prices. Its rules are checked by scheduling-core before saving. */
@Entity
@Table(name = "event_type")
class EventTypeEntity {
  @Id
  private UUID id;
  @Column(name = "host_id")
  private UUID hostId;
  @Column(name = "schedule_id")
  private UUID scheduleId;
  private String title;
  private String slug;
  private String description;
  @Column(name = "default_duration")
  private int defaultDuration;
  @Column(name = "slot_interval")
  private int slotInterval;
  @Column(name = "buffer_before")
  private int bufferBefore;
  @Column(name = "buffer_after")
  private int bufferAfter;
  @Column(name = "minimum_notice")
  private int minimumNotice;
  @Column(name = "window_rolling_days")
  private Integer windowRollingDays;
  @Column(name = "window_from")
  private LocalDate windowFrom;
  @Column(name = "window_until")
  private LocalDate windowUntil;
  @Column(name = "daily_limit")
  private Integer dailyLimit;
  @Column(name = "weekly_limit")
  private Integer weeklyLimit;
  @Column(name = "max_extra_guests")
  private int maxExtraGuests;
  @Column(name = "requires_confirmation")
  private boolean requiresConfirmation;
  @Column(name = "location_kind")
  private String locationKind;
  private boolean active;
  @Column(name = "created_at")
  private Instant createdAt;
  @Column(name = "updated_at")
  private Instant updatedAt;
  @Version
  private Long version;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "event_type_duration", joinColumns = @JoinColumn(name = "event_type_id"))
  @OrderBy("minutes")
  private List<DurationRow> durations = new ArrayList<>();

  protected EventTypeEntity() {}

  EventTypeEntity(UUID id, UUID hostId, Instant now) {
    this.id = id;
    this.hostId = hostId;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** Sets every field from checked settings; the settings are already valid for scheduling-core. */
  void apply(EventTypeSettings settings, Instant now) {
    scheduleId = settings.scheduleId();
    title = settings.title();
    slug = settings.slug();
    description = settings.description();
    defaultDuration = settings.defaultDuration();
    slotInterval = settings.slotInterval();
    bufferBefore = settings.bufferBefore();
    bufferAfter = settings.bufferAfter();
    minimumNotice = settings.minimumNotice();
    windowRollingDays = settings.windowRollingDays();
    windowFrom = settings.windowFrom();
    windowUntil = settings.windowUntil();
    dailyLimit = settings.dailyLimit();
    weeklyLimit = settings.weeklyLimit();
    maxExtraGuests = settings.maxExtraGuests();
    requiresConfirmation = settings.requiresConfirmation();
    locationKind = settings.locationKind();
    active = settings.active();
    durations.clear();
    durations.addAll(settings.durations());
    updatedAt = now;
  }

  /** Uses the host's default schedule from now on, as when its own schedule is deleted. */
  void useDefaultSchedule(Instant now) {
    scheduleId = null;
    updatedAt = now;
  }

  EventTypeSettings settings() {
    return new EventTypeSettings(scheduleId, title, slug, description, List.copyOf(durations), defaultDuration,
        slotInterval, bufferBefore, bufferAfter, minimumNotice, windowRollingDays, windowFrom, windowUntil,
        dailyLimit, weeklyLimit, maxExtraGuests, requiresConfirmation, locationKind, active);
  }

  UUID id() {
    return id;
  }

  UUID hostId() {
    return hostId;
  }

  boolean isActive() {
    return active;
  }

  Instant createdAt() {
    return createdAt;
  }
}
