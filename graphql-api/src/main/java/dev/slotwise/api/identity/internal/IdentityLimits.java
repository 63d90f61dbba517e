package dev.slotwise.api.identity.internal;

import dev.slotwise.api.platform.RateLimit;
import dev.slotwise.api.platform.RateLimiter;
import java.time.Duration;
import org.springframework.stereotype.Component;

/** The identity module's rate limits, each defined once; every method counts one attempt. */
@Component
class IdentityLimits {
  private final RateLimiter limiter;
  private final RateLimit loginsPerEmail;
  private final RateLimit loginsPerAddress;
  private final RateLimit codeChecksPerAddress;
  private final RateLimit codeRequestsPerAddress;
  private final RateLimit registrationsPerAddress;

  IdentityLimits(RateLimiter limiter, IdentityProperties properties) {
    IdentityProperties.Limits limits = properties.limits();
    Duration quarterHour = Duration.ofMinutes(15);
    this.limiter = limiter;
    this.loginsPerEmail = new RateLimit("logins-per-email", limits.loginsPerEmail(), quarterHour);
    this.loginsPerAddress = new RateLimit("logins-per-address", limits.loginsPerAddress(), quarterHour);
    this.codeChecksPerAddress = new RateLimit("code-checks-per-address", limits.codeChecksPerAddress(), quarterHour);
    this.codeRequestsPerAddress = new RateLimit("code-requests-per-address", limits.codeRequestsPerAddress(),
        Duration.ofHours(1));
    this.registrationsPerAddress = new RateLimit("registrations-per-address", limits.registrationsPerAddress(),
        Duration.ofHours(1));
  }

  /** Counts a sign-in against both the email and the address; false if either is over its limit. */
  boolean login(String email, String address) {
    boolean emailAllowed = limiter.tryAcquire(loginsPerEmail, email);
    return limiter.tryAcquire(loginsPerAddress, address) && emailAllowed;
  }

  boolean codeCheck(String address) {
    return limiter.tryAcquire(codeChecksPerAddress, address);
  }

  boolean codeRequest(String address) {
    return limiter.tryAcquire(codeRequestsPerAddress, address);
  }

  boolean registration(String address) {
    return limiter.tryAcquire(registrationsPerAddress, address);
  }
}
