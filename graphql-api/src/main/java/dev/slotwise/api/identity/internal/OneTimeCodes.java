package dev.slotwise.api.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues and checks one-time codes: single use, expiring, dead after too many wrong tries, no faster than one a
 * minute and a few an hour per email. Runs inside its caller's transaction.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class OneTimeCodes {
  /** The result of checking a code. */
  enum Verdict {
    ACCEPTED, INVALID, EXPIRED, TOO_MANY_ATTEMPTS
  }

  private final OneTimeCodeRepository codes;
  private final Secrets secrets;
  private final IdentityProperties properties;
  private final Clock clock;

  OneTimeCodes(OneTimeCodeRepository codes, Secrets secrets, IdentityProperties properties, Clock clock) {
    this.codes = codes;
    this.secrets = secrets;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * A new code for the email, or empty when one was sent too recently or too many were sent this hour. The
   * newest code is the only one that works, so issuing one retires the last.
   */
  Optional<String> issue(String email, CodePurpose purpose) {
    Instant now = clock.instant();
    Optional<OneTimeCode> latest = codes.findFirstByEmailAndPurposeOrderByCreatedAtDesc(email, purpose);
    if (latest.isPresent() && latest.get().createdAt().plus(properties.codeResendCooldown()).isAfter(now)) {
      return Optional.empty();
    }
    if (codes.countIssuedSince(email, purpose, now.minus(Duration.ofHours(1))) >= properties.codesPerHour()) {
      return Optional.empty();
    }
    String code = secrets.newCode();
    codes.save(new OneTimeCode(UUID.randomUUID(), email, purpose, secrets.codeHash(email, code), now,
        now.plus(properties.codeTtl())));
    return Optional.of(code);
  }

  /** Checks a code against the newest one issued for the email, counting a wrong try against it. */
  Verdict check(String email, CodePurpose purpose, String code) {
    Instant now = clock.instant();
    Optional<OneTimeCode> latest = codes.findFirstByEmailAndPurposeOrderByCreatedAtDesc(email, purpose);
    if (latest.isEmpty() || latest.get().isConsumed()) {
      return Verdict.INVALID;
    }
    OneTimeCode current = latest.get();
    if (current.failedAttempts() >= properties.codeMaxAttempts()) {
      return Verdict.TOO_MANY_ATTEMPTS;
    }
    if (current.isExpired(now)) {
      return Verdict.EXPIRED;
    }
    if (!Secrets.sameBytes(current.codeHash(), secrets.codeHash(email, code))) {
      current.recordFailedAttempt();
      return current.failedAttempts() >= properties.codeMaxAttempts() ? Verdict.TOO_MANY_ATTEMPTS : Verdict.INVALID;
    }
    current.consume(now);
    return Verdict.ACCEPTED;
  }
}
