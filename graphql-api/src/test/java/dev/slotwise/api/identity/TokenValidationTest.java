package dev.slotwise.api.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.slotwise.api.support.ApiTest;
import dev.slotwise.api.support.Callers;
import dev.slotwise.api.support.Mailbox;
import dev.slotwise.api.support.TestClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Only this server's unexpired ES256 tokens of live sessions get in; everything forged is refused. */
@ApiTest
class TokenValidationTest {
  @Autowired
  private HttpGraphQlTester graphQl;
  @Autowired
  private Mailbox mailbox;
  @Autowired
  private TestClock clock;
  @Autowired
  private WebTestClient web;
  private Callers callers;
  private Callers.Host host;

  @BeforeEach
  void setUp() {
    callers = new Callers(graphQl, mailbox);
    host = callers.newHost("tokens", "UTC");
  }

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void aFreshAccessTokenGetsIn() {
    assertThat(status(host.accessToken())).isEqualTo(200);
  }

  @Test
  void anExpiredAccessTokenIsRefused() {
    clock.advance(Duration.ofMinutes(15).plusSeconds(1));
    assertThat(status(host.accessToken())).isEqualTo(401);
  }

  @Test
  void aTokenSignedWithAnotherKeyIsRefused() throws Exception {
    ECKey stranger = new ECKeyGenerator(Curve.P_256).keyID(kid(host.accessToken())).generate();
    SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(stranger.getKeyID()).build(),
        SignedJWT.parse(host.accessToken()).getJWTClaimsSet());
    forged.sign(new ECDSASigner(stranger));
    assertThat(status(forged.serialize())).isEqualTo(401);
  }

  @Test
  void anUnsignedTokenIsRefused() throws Exception {
    String claims = SignedJWT.parse(host.accessToken()).getPayload().toBase64URL().toString();
    String none = base64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + claims + ".";
    assertThat(status(none)).isEqualTo(401);
  }

  @Test
  void aTamperedTokenIsRefused() throws Exception {
    String[] parts = host.accessToken().split("\\.");
    JWTClaimsSet claims = SignedJWT.parse(host.accessToken()).getJWTClaimsSet();
    JWTClaimsSet other = new JWTClaimsSet.Builder(claims).subject(java.util.UUID.randomUUID().toString()).build();
    String tampered = parts[0] + "." + base64(other.toString()) + "." + parts[2];
    assertThat(status(tampered)).isEqualTo(401);
  }

  /** Signatures are verified once per token text (SignatureOnceJwtDecoder); a copy differing anywhere is not. */
  @Test
  void aTokenAlreadyAcceptedDoesNotVouchForAnAlteredCopy() {
    assertThat(status(host.accessToken())).isEqualTo(200);
    String[] parts = host.accessToken().split("\\.");
    char last = parts[2].charAt(parts[2].length() - 2);
    String altered = parts[0] + "." + parts[1] + "." + parts[2].substring(0, parts[2].length() - 2)
        + (last == 'A' ? 'B' : 'A') + parts[2].charAt(parts[2].length() - 1);

    assertThat(status(altered)).isEqualTo(401);
    assertThat(status(host.accessToken())).isEqualTo(200);
  }

  @Test
  void anAcceptedTokenIsStillRefusedOnceExpired() {
    assertThat(status(host.accessToken())).isEqualTo(200);
    clock.advance(Duration.ofMinutes(15).plusSeconds(1));
    assertThat(status(host.accessToken())).isEqualTo(401);
  }

  @Test
  void anHmacTokenKeyedWithThePublicKeyIsRefused() throws Exception {
    byte[] publicKey = publishedKey().toECPublicKey().getEncoded();
    byte[] secret = java.util.Arrays.copyOf(publicKey, Math.max(32, publicKey.length));
    SignedJWT confused = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256),
        SignedJWT.parse(host.accessToken()).getJWTClaimsSet());
    confused.sign(new MACSigner(secret));
    assertThat(status(confused.serialize())).isEqualTo(401);
  }

  @Test
  void thePublishedKeyVerifiesTheServersTokens() throws Exception {
    ECKey key = publishedKey();
    assertThat(key.isPrivate()).isFalse();
    assertThat(SignedJWT.parse(host.accessToken()).verify(new ECDSAVerifier(key))).isTrue();
    assertThat(SignedJWT.parse(host.accessToken()).getHeader().getKeyID()).isEqualTo(key.getKeyID());
  }

  @Test
  void aGuestTokenIsNotASignIn() {
    Callers.Guest guest = callers.newGuest(Callers.uniqueEmail("guest"));
    guest.tester().documentName("me").execute().errors()
        .satisfy(errors -> assertThat(errors).singleElement()
            .satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "FORBIDDEN")));
  }

  @Test
  void aGuestTokenExpires() {
    Callers.Guest guest = callers.newGuest(Callers.uniqueEmail("guest"));
    assertThat(status(guest.token())).isEqualTo(200);
    clock.advance(Duration.ofMinutes(31));
    assertThat(status(guest.token())).isEqualTo(401);
  }

  private ECKey publishedKey() throws Exception {
    String json = web.get().uri("/.well-known/jwks.json").exchange().expectStatus().isOk()
        .expectBody(String.class).returnResult().getResponseBody();
    return JWKSet.parse(json).getKeys().get(0).toECKey();
  }

  private int status(String token) {
    return web.post().uri("/graphql").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
        .header("X-Forwarded-For", Callers.randomAddress())
        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("query", "{ apiInfo { name } }"))
        .exchange().returnResult(String.class).getStatus().value();
  }

  private static String kid(String token) throws Exception {
    return SignedJWT.parse(token).getHeader().getKeyID();
  }

  private static String base64(String text) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

}
