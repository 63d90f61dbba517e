package dev.slotwise.api.identity.internal;

import dev.slotwise.api.identity.Plan;
import dev.slotwise.api.identity.Role;
import dev.slotwise.api.identity.SignedInUser;
import dev.slotwise.api.identity.UserId;
import dev.slotwise.api.identity.VerifiedGuest;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.core.convert.converter.Converter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.stereotype.Component;

/**
 * Turns a verified JWT into the caller. For an access token it reads, in one query, whether the session is still
 * live and the user's current role and plan, so a logout or a plan change takes effect on the very next request
 * on every instance. Guest tokens carry no session: they are short-lived instead.
 */
@Component
class SessionAuthenticationConverter implements Converter<Jwt, AbstractAuthenticationToken> {
  private static final String LIVE_SESSION = """
      select u.role, u.plan, u.time_zone from user_session s join user_account u on u.id = s.user_id
      where s.id = ? and s.user_id = ? and s.ended_at is null and s.expires_at > ?""";

  private final JdbcTemplate jdbc;
  private final Clock clock;

  SessionAuthenticationConverter(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public AbstractAuthenticationToken convert(Jwt jwt) {
    if (Tokens.GUEST.equals(jwt.getClaimAsString(Tokens.TYPE_CLAIM))) {
      return new CallerAuthentication(new VerifiedGuest(jwt.getClaimAsString(Tokens.EMAIL_CLAIM)), jwt,
          List.of(new SimpleGrantedAuthority("ROLE_GUEST")));
    }
    UUID sessionId;
    UUID userId;
    try {
      sessionId = UUID.fromString(jwt.getClaimAsString(Tokens.SESSION_CLAIM));
      userId = UUID.fromString(jwt.getSubject());
    } catch (IllegalArgumentException | NullPointerException malformed) {
      throw new InvalidBearerTokenException("The token names no session");
    }
    List<SignedInUser> users = jdbc.query(LIVE_SESSION, (row, index) -> new SignedInUser(new UserId(userId),
        sessionId, Role.valueOf(row.getString(1)), Plan.valueOf(row.getString(2)), row.getString(3)),
        sessionId, userId, Timestamp.from(clock.instant()));
    if (users.isEmpty()) {
      throw new InvalidBearerTokenException("The session of this token has ended");
    }
    SignedInUser user = users.get(0);
    return new CallerAuthentication(user, jwt, List.of(new SimpleGrantedAuthority("ROLE_" + user.role()),
        new SimpleGrantedAuthority("PLAN_" + user.plan())));
  }
}
