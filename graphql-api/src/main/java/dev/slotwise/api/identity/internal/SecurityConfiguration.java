package dev.slotwise.api.identity.internal;

import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.graphql.server.support.BearerTokenAuthenticationExtractor;
import org.springframework.graphql.server.webmvc.AuthenticationWebSocketInterceptor;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;

/**
 * The API is a resource server for its own tokens: a bearer token, when present, must be an ES256 JWT signed by
 * this server, unexpired, and (for access tokens) of a live session. Without a token a request is anonymous, and
 * each service decides what anonymous callers may do.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(IdentityProperties.class)
class SecurityConfiguration {

  @Bean
  SecurityFilterChain apiSecurity(HttpSecurity http, SessionAuthenticationConverter converter) throws Exception {
    return http
        // Tokens travel in the Authorization header, never in cookies, so there is nothing for CSRF to forge.
        .csrf(csrf -> csrf.disable())
        .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(HttpMethod.GET, "/actuator/health/**", "/actuator/info", "/actuator/prometheus")
            .permitAll()
            .requestMatchers("/actuator/**").denyAll()
            .anyRequest().permitAll())
        .oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(converter)))
        .build();
  }

  @Bean
  JwtDecoder jwtDecoder(ServerKeys keys, IdentityProperties properties, Clock clock) {
    // Only ES256 with our key: "none", HS256 with the public key as secret, and foreign keys all fail here.
    DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.ES256,
        new ImmutableJWKSet<>(new JWKSet(Tokens.signingJwk(keys).toPublicJWK()))));
    // Claims are checked by the validators below, against the application's clock.
    processor.setJWTClaimsSetVerifier((claims, context) -> { });
    NimbusJwtDecoder decoder = new NimbusJwtDecoder(processor);
    JwtTimestampValidator timestamps = new JwtTimestampValidator(Duration.ZERO);
    timestamps.setClock(clock);
    DelegatingOAuth2TokenValidator<Jwt> validator = new DelegatingOAuth2TokenValidator<>(timestamps,
        new JwtIssuerValidator(properties.issuer()), SecurityConfiguration::knownTokenType);
    decoder.setJwtValidator(validator);
    return new SignatureOnceJwtDecoder(decoder, validator, clock);
  }

  private static OAuth2TokenValidatorResult knownTokenType(Jwt jwt) {
    String type = jwt.getClaimAsString(Tokens.TYPE_CLAIM);
    if (Tokens.ACCESS.equals(type) && jwt.hasClaim(Tokens.SESSION_CLAIM) || Tokens.GUEST.equals(type)
        && jwt.hasClaim(Tokens.EMAIL_CLAIM)) {
      return OAuth2TokenValidatorResult.success();
    }
    return OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "Unknown token type", null));
  }

  /**
   * Subscriptions authenticate once per WebSocket, from {@code Authorization} in the {@code connection_init}
   * payload, with the same checks as HTTP requests: a token in the URL would end up in logs.
   */
  @Bean
  AuthenticationWebSocketInterceptor webSocketAuthentication(JwtDecoder decoder,
      SessionAuthenticationConverter converter) {
    JwtAuthenticationProvider provider = new JwtAuthenticationProvider(decoder);
    provider.setJwtAuthenticationConverter(converter);
    return new AuthenticationWebSocketInterceptor(new BearerTokenAuthenticationExtractor(),
        new ProviderManager(provider));
  }

  /** Argon2id, a memory-hard adaptive hash; the encoder tells when stored hashes use weaker settings. */
  @Bean
  PasswordEncoder passwordEncoder() {
    return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
  }

}
