package dev.slotwise.api.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** One refresh token of a session, kept as a SHA-256 digest. Spent tokens stay, so reuse can be caught. */
@Entity
@Table(name = "refresh_token")
class RefreshToken {
  @Id
  private UUID id;
  @Column(name = "session_id")
  private UUID sessionId;
  @Column(name = "token_hash")
  private byte[] tokenHash;
  @Column(name = "created_at")
  private Instant createdAt;
  @Column(name = "expires_at")
  private Instant expiresAt;
  @Column(name = "spent_at")
  private Instant spentAt;
  @Version
  private Long version;

  protected RefreshToken() {}

  RefreshToken(UUID id, UUID sessionId, byte[] tokenHash, Instant createdAt, Instant expiresAt) {
    this.id = id;
    this.sessionId = sessionId;
    this.tokenHash = tokenHash.clone();
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  UUID sessionId() {
    return sessionId;
  }

  boolean isSpent() {
    return spentAt != null;
  }

  boolean isExpired(Instant now) {
    return !now.isBefore(expiresAt);
  }

  void spend(Instant now) {
    spentAt = now;
  }
}
