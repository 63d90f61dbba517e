package dev.slotwise.api.scheduling.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A schedule row with its rules and overrides, which live and die with it. */
@Entity
@Table(name = "schedule")
class ScheduleEntity {
  @Id
  private UUID id;
  @Column(name = "host_id")
  private UUID hostId;
  private String name;
  @Column(name = "time_zone")
  private String timeZone;
  @Column(name = "is_default")
  private boolean isDefault;
  @Column(name = "created_at")
  private Instant createdAt;
  @Column(name = "updated_at")
  private Instant updatedAt;
  @Version
  private Long version;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "schedule_weekly_rule", joinColumns = @JoinColumn(name = "schedule_id"))
  @OrderColumn(name = "position")
  private List<WeeklyRuleRow> weeklyRules = new ArrayList<>();

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "schedule_date_override", joinColumns = @JoinColumn(name = "schedule_id"))
  @OrderColumn(name = "position")
  private List<DateOverrideRow> dateOverrides = new ArrayList<>();

  protected ScheduleEntity() {}

  ScheduleEntity(UUID id, UUID hostId, String name, String timeZone, boolean isDefault, Instant now) {
    this.id = id;
    this.hostId = hostId;
    this.name = name;
    this.timeZone = timeZone;
    this.isDefault = isDefault;
    this.createdAt = now;
    this.updatedAt = now;
  }

  UUID id() {
    return id;
  }

  UUID hostId() {
    return hostId;
  }

  String name() {
    return name;
  }

  String timeZone() {
    return timeZone;
  }

  boolean isDefault() {
    return isDefault;
  }

  List<WeeklyRuleRow> weeklyRules() {
    return weeklyRules;
  }

  List<DateOverrideRow> dateOverrides() {
    return dateOverrides;
  }

  void rename(String name, Instant now) {
    this.name = name;
    this.updatedAt = now;
  }

  void moveTo(String timeZone, Instant now) {
    this.timeZone = timeZone;
    this.updatedAt = now;
  }

  void markDefault(boolean isDefault, Instant now) {
    this.isDefault = isDefault;
    this.updatedAt = now;
  }

  void replaceWeeklyRules(List<WeeklyRuleRow> rules, Instant now) {
    weeklyRules.clear();
    weeklyRules.addAll(rules);
    updatedAt = now;
  }

  void replaceDateOverrides(List<DateOverrideRow> overrides, Instant now) {
    dateOverrides.clear();
    dateOverrides.addAll(overrides);
    updatedAt = now;
  }
}
