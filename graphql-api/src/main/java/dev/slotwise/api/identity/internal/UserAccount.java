package dev.slotwise.api.identity.internal;

import dev.slotwise.api.identity.Plan;
import dev.slotwise.api.identity.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** An account. It cannot sign in until its email is verified. */
@Entity
@Table(name = "user_account")
class UserAccount {
  @Id
  private UUID id;
  private String email;
  @Column(name = "password_hash")
  private String passwordHash;
  private String name;
  private String username;
  @Column(name = "time_zone")
  private String timeZone;
  @Enumerated(EnumType.STRING)
  private Plan plan;
  @Enumerated(EnumType.STRING)
  private Role role;
  @Column(name = "email_verified_at")
  private Instant emailVerifiedAt;
  @Column(name = "created_at")
  private Instant createdAt;
  @Column(name = "updated_at")
  private Instant updatedAt;
  @Version
  private Long version;

  protected UserAccount() {}

  UserAccount(UUID id, String email, String passwordHash, String name, String username, String timeZone,
      Instant now) {
    this.id = id;
    this.email = email;
    this.passwordHash = passwordHash;
    this.name = name;
    this.username = username;
    this.timeZone = timeZone;
    this.plan = Plan.FREE;
    this.role = Role.HOST;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** An unverified account registered again: the details of whoever proves the email win. */
  void replacePendingDetails(String passwordHash, String name, String username, String timeZone, Instant now) {
    this.passwordHash = passwordHash;
    this.name = name;
    this.username = username;
    this.timeZone = timeZone;
    this.updatedAt = now;
  }

  void verifyEmail(Role role, Instant now) {
    this.emailVerifiedAt = now;
    this.role = role;
    this.updatedAt = now;
  }

  void changePlan(Plan plan, Instant now) {
    this.plan = plan;
    this.updatedAt = now;
  }

  boolean isVerified() {
    return emailVerifiedAt != null;
  }

  UUID id() {
    return id;
  }

  String email() {
    return email;
  }

  String passwordHash() {
    return passwordHash;
  }

  void rehashPassword(String passwordHash, Instant now) {
    this.passwordHash = passwordHash;
    this.updatedAt = now;
  }

  String name() {
    return name;
  }

  String username() {
    return username;
  }

  String timeZone() {
    return timeZone;
  }

  Plan plan() {
    return plan;
  }

  Role role() {
    return role;
  }

  Instant createdAt() {
    return createdAt;
  }
}
