package dev.slotwise.api.identity.internal;

import java.util.Collection;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/** An authenticated caller: a {@code SignedInUser} or a {@code VerifiedGuest}, with the token that proved it. */
final class CallerAuthentication extends AbstractAuthenticationToken {
  private static final long serialVersionUID = 1L;

  private final transient Object caller;
  private final transient Jwt token;

  CallerAuthentication(Object caller, Jwt token, Collection<? extends GrantedAuthority> authorities) {
    super(authorities);
    this.caller = caller;
    this.token = token;
    setAuthenticated(true);
  }

  @Override
  public Object getPrincipal() {
    return caller;
  }

  /** The token is the credential; it is not handed out again. */
  @Override
  public Object getCredentials() {
    return token;
  }

  @Override
  public String getName() {
    return token.getSubject();
  }
}
