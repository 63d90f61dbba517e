package dev.slotwise.api.identity.internal;

import com.nimbusds.jose.jwk.JWKSet;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Publishes the public key that signs tokens, so other services can verify them without asking this one. */
@RestController
class JwksController {
  private final Map<String, Object> publicKeys;

  JwksController(ServerKeys keys) {
    this.publicKeys = new JWKSet(Tokens.signingJwk(keys).toPublicJWK()).toJSONObject();
  }

  @GetMapping(path = "/.well-known/jwks.json", produces = "application/jwk-set+json")
  ResponseEntity<Map<String, Object>> jwks() {
    return ResponseEntity.ok().cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(5)).cachePublic())
        .body(publicKeys);
  }
}
