package dev.slotwise.api.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** One sign-in on one device: the family of its refresh tokens and the access tokens minted from them. */
@Entity
@Table(name = "user_session")
class UserSession {
  @Id
  private UUID id;
  @Column(name = "user_id")
  private UUID userId;
  @Column(name = "created_at")
  private Instant createdAt;
  @Column(name = "expires_at")
  private Instant expiresAt;
  @Column(name = "ended_at")
  private Instant endedAt;
  @Column(name = "ended_reason")
  private String endedReason;
  @Version
  private Long version;

  protected UserSession() {}

  UserSession(UUID id, UUID userId, Instant createdAt, Instant expiresAt) {
    this.id = id;
    this.userId = userId;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  UUID id() {
    return id;
  }

  UUID userId() {
    return userId;
  }

  boolean isLive(Instant now) {
    return endedAt == null && now.isBefore(expiresAt);
  }

  void extendUntil(Instant expiresAt) {
    this.expiresAt = expiresAt;
  }

  void end(String reason, Instant now) {
    if (endedAt == null) {
      endedAt = now;
      endedReason = reason;
    }
  }
}
