package dev.slotwise.api.identity.internal;

import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.SecurityContext;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;

/** Signs the server's JWTs with ES256: access tokens of sessions and guest tokens. */
@Component
class Tokens {
  static final String TYPE_CLAIM = "typ";
  static final String ACCESS = "access";
  static final String GUEST = "guest";
  static final String SESSION_CLAIM = "sid";
  static final String EMAIL_CLAIM = "email";

  /** A signed token and when it stops working. */
  record Signed(String value, Instant expiresAt) {}

  private final JwtEncoder encoder;
  private final ServerKeys keys;
  private final IdentityProperties properties;
  private final Clock clock;

  Tokens(ServerKeys keys, IdentityProperties properties, Clock clock) {
    this.keys = keys;
    this.properties = properties;
    this.clock = clock;
    this.encoder = new NimbusJwtEncoder(new ImmutableJWKSet<SecurityContext>(new JWKSet(signingJwk(keys))));
  }

  static ECKey signingJwk(ServerKeys keys) {
    return new ECKey.Builder(com.nimbusds.jose.jwk.Curve.P_256, keys.publicKey()).privateKey(keys.privateKey())
        .keyID(keys.keyId()).build();
  }

  Signed accessToken(UUID userId, UUID sessionId) {
    Instant now = clock.instant();
    Instant expiresAt = now.plus(properties.accessTokenTtl());
    JwtClaimsSet claims = JwtClaimsSet.builder().issuer(properties.issuer()).subject(userId.toString())
        .issuedAt(now).notBefore(now).expiresAt(expiresAt).id(UUID.randomUUID().toString())
        .claim(TYPE_CLAIM, ACCESS).claim(SESSION_CLAIM, sessionId.toString()).build();
    return new Signed(sign(claims), expiresAt);
  }

  Signed guestToken(String email) {
    Instant now = clock.instant();
    Instant expiresAt = now.plus(properties.guestTokenTtl());
    JwtClaimsSet claims = JwtClaimsSet.builder().issuer(properties.issuer()).subject("guest:" + email)
        .issuedAt(now).notBefore(now).expiresAt(expiresAt).id(UUID.randomUUID().toString())
        .claim(TYPE_CLAIM, GUEST).claim(EMAIL_CLAIM, email).build();
    return new Signed(sign(claims), expiresAt);
  }

  private String sign(JwtClaimsSet claims) {
    JwsHeader header = JwsHeader.with(SignatureAlgorithm.ES256).keyId(keys.keyId()).build();
    return encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
  }
}
