package dev.slotwise.api.identity.internal;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of accounts, codes and sessions.
 *
 * @param issuer the {@code iss} of the tokens this server signs
 * @param jwtPrivateKey the ES256 (P-256) signing key as PKCS#8 PEM; required in production, generated and kept
 *     in the database otherwise
 * @param codeSecret the secret that keys the HMAC of one-time codes (at least 32 characters); required in
 *     production, generated and kept in the database otherwise
 * @param accessTokenTtl how long an access token works
 * @param refreshTokenTtl how long an unused refresh token works; each refresh starts it again
 * @param guestTokenTtl how long a guest token works
 * @param codeTtl how long a one-time code works
 * @param codeMaxAttempts wrong tries after which a code is dead
 * @param codeResendCooldown the least time between two codes to one email
 * @param codesPerHour the most codes to one email (per purpose) in an hour
 * @param adminEmails emails whose accounts become administrators when verified
 * @param limits attempts allowed per email and per client address
 */
@ConfigurationProperties("slotwise.identity")
record IdentityProperties(
    @DefaultValue("slotwise") String issuer,
    String jwtPrivateKey,
    String codeSecret,
    @DefaultValue("15m") Duration accessTokenTtl,
    @DefaultValue("30d") Duration refreshTokenTtl,
    @DefaultValue("30m") Duration guestTokenTtl,
    @DefaultValue("10m") Duration codeTtl,
    @DefaultValue("5") int codeMaxAttempts,
    @DefaultValue("60s") Duration codeResendCooldown,
    @DefaultValue("5") int codesPerHour,
    @DefaultValue List<String> adminEmails,
    @DefaultValue Limits limits) {

  /**
   * Rate limits, counted in the database so they hold across instances.
   *
   * @param loginsPerEmail sign-in attempts per email per 15 minutes
   * @param loginsPerAddress sign-in attempts per client address per 15 minutes
   * @param codeChecksPerAddress one-time code checks per client address per 15 minutes (each code also dies
   *     after {@code codeMaxAttempts} wrong tries)
   * @param codeRequestsPerAddress code emails requested per client address per hour
   * @param registrationsPerAddress registrations per client address per hour
   */
  record Limits(@DefaultValue("10") int loginsPerEmail, @DefaultValue("100") int loginsPerAddress,
      @DefaultValue("30") int codeChecksPerAddress, @DefaultValue("20") int codeRequestsPerAddress,
      @DefaultValue("20") int registrationsPerAddress) {}
}
