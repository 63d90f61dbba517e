package dev.slotwise.api.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sessions and their refresh tokens. A refresh token works once; each use spends it and issues the next. A spent
 * token presented again means someone else holds a copy, so the whole session ends. Runs in its caller's
 * transaction.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class Sessions {
  private static final Logger log = LoggerFactory.getLogger(Sessions.class);

  /** The tokens of a session, as handed to the client. */
  record Issued(UUID sessionId, UUID userId, Tokens.Signed accessToken, String refreshToken, Instant refreshTokenExpiresAt) {}

  private final UserSessionRepository sessions;
  private final RefreshTokenRepository refreshTokens;
  private final Tokens tokens;
  private final Secrets secrets;
  private final IdentityProperties properties;
  private final Clock clock;

  Sessions(UserSessionRepository sessions, RefreshTokenRepository refreshTokens, Tokens tokens, Secrets secrets,
      IdentityProperties properties, Clock clock) {
    this.sessions = sessions;
    this.refreshTokens = refreshTokens;
    this.tokens = tokens;
    this.secrets = secrets;
    this.properties = properties;
    this.clock = clock;
  }

  Issued start(UUID userId) {
    Instant now = clock.instant();
    UserSession session = sessions.save(new UserSession(UUID.randomUUID(), userId, now,
        now.plus(properties.refreshTokenTtl())));
    return issue(session, now);
  }

  /** The next tokens for a refresh token, or empty if it does not work (and its session ended if reused). */
  Optional<Issued> refresh(String refreshToken) {
    Instant now = clock.instant();
    Optional<RefreshToken> found = refreshTokens.findByTokenHash(secrets.tokenHash(refreshToken));
    if (found.isEmpty()) {
      return Optional.empty();
    }
    RefreshToken token = found.get();
    UserSession session = sessions.findById(token.sessionId()).orElseThrow();
    if (token.isSpent()) {
      session.end("refresh token reused", now);
      log.warn("A spent refresh token was presented again; session {} ended", session.id());
      return Optional.empty();
    }
    if (token.isExpired(now) || !session.isLive(now)) {
      return Optional.empty();
    }
    token.spend(now);
    session.extendUntil(now.plus(properties.refreshTokenTtl()));
    return Optional.of(issue(session, now));
  }

  /** Ends one session; says whether it was live. */
  boolean end(UUID sessionId, String reason) {
    Instant now = clock.instant();
    return sessions.findById(sessionId).filter(session -> session.isLive(now)).map(session -> {
      session.end(reason, now);
      return true;
    }).orElse(false);
  }

  /** Ends every session of a user; says how many were live. */
  int endAll(UUID userId, String reason) {
    return sessions.endAllOf(userId, clock.instant(), reason);
  }

  private Issued issue(UserSession session, Instant now) {
    String refreshToken = secrets.newToken();
    Instant refreshExpiresAt = now.plus(properties.refreshTokenTtl());
    refreshTokens.save(new RefreshToken(UUID.randomUUID(), session.id(), secrets.tokenHash(refreshToken), now,
        refreshExpiresAt));
    return new Issued(session.id(), session.userId(), tokens.accessToken(session.userId(), session.id()), refreshToken,
        refreshExpiresAt);
  }
}
