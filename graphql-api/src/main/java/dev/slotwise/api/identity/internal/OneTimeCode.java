package dev.slotwise.api.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A 6-digit code sent by email, kept only as an HMAC. Single use; dead after too many wrong tries. */
@Entity
@Table(name = "one_time_code")
class OneTimeCode {
  @Id
  private UUID id;
  private String email;
  @Enumerated(EnumType.STRING)
  private CodePurpose purpose;
  @Column(name = "code_hash")
  private byte[] codeHash;
  @Column(name = "created_at")
  private Instant createdAt;
  @Column(name = "expires_at")
  private Instant expiresAt;
  @Column(name = "failed_attempts")
  private int failedAttempts;
  @Column(name = "consumed_at")
  private Instant consumedAt;
  @Version
  private Long version;

  protected OneTimeCode() {}

  OneTimeCode(UUID id, String email, CodePurpose purpose, byte[] codeHash, Instant createdAt, Instant expiresAt) {
    this.id = id;
    this.email = email;
    this.purpose = purpose;
    this.codeHash = codeHash.clone();
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  byte[] codeHash() {
    return codeHash.clone();
  }

  Instant createdAt() {
    return createdAt;
  }

  boolean isExpired(Instant now) {
    return !now.isBefore(expiresAt);
  }

  boolean isConsumed() {
    return consumedAt != null;
  }

  int failedAttempts() {
    return failedAttempts;
  }

  void recordFailedAttempt() {
    failedAttempts++;
  }

  void consume(Instant now) {
    consumedAt = now;
  }
}
