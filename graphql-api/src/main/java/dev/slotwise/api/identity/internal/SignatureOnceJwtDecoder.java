package dev.slotwise.api.identity.internal;

import dev.slotwise.api.platform.Digests;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * Verifies each token's ES256 signature once, not on every request. The JDK's constant-time P-256 arithmetic
 * takes about a millisecond of CPU per verification, which was a third of the server's work for signed-in
 * requests under load. A token whose signature was verified is remembered by the SHA-256 of its text until it
 * expires; a later request with the same text skips the signature but still has every claim validated against
 * the clock, and sessions are still checked for revocation on every request (SessionAuthenticationConverter).
 * A token differing in any byte hashes differently and is verified in full.
 */
final class SignatureOnceJwtDecoder implements JwtDecoder {
  /** Beyond this many remembered tokens, the expired ones are dropped, and all of them if that is not enough. */
  static final int MAX_REMEMBERED = 20_000;

  private final JwtDecoder verifying;
  private final OAuth2TokenValidator<Jwt> validator;
  private final Clock clock;
  private final Map<ByteBuffer, Jwt> verified = new ConcurrentHashMap<>();

  /**
   * @param verifying decodes, verifies the signature and validates (with {@code validator})
   * @param validator the claims' checks, run again on every use of a remembered token
   */
  SignatureOnceJwtDecoder(JwtDecoder verifying, OAuth2TokenValidator<Jwt> validator, Clock clock) {
    this.verifying = verifying;
    this.validator = validator;
    this.clock = clock;
  }

  @Override
  public Jwt decode(String token) throws JwtException {
    ByteBuffer key = ByteBuffer.wrap(Digests.sha256(token));
    Jwt remembered = verified.get(key);
    if (remembered == null) {
      Jwt jwt = verifying.decode(token);
      remember(key, jwt);
      return jwt;
    }
    OAuth2TokenValidatorResult result = validator.validate(remembered);
    if (result.hasErrors()) {
      verified.remove(key);
      throw new JwtValidationException("The token is no longer valid", result.getErrors());
    }
    return remembered;
  }

  private void remember(ByteBuffer key, Jwt jwt) {
    if (jwt.getExpiresAt() == null) {
      return;
    }
    if (verified.size() >= MAX_REMEMBERED) {
      verified.values().removeIf(old -> !old.getExpiresAt().isAfter(clock.instant()));
      if (verified.size() >= MAX_REMEMBERED) {
        verified.clear();
      }
    }
    verified.put(key, jwt);
  }
}
