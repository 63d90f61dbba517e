package dev.slotwise.api.identity.internal;

import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The server's secrets: the ES256 key pair that signs tokens and the HMAC key for one-time codes. Production
 * reads both from configuration and refuses to start without them. Elsewhere they are generated once and kept in
 * the database, so a restart signs nobody out; several instances on one database share them.
 */
@Component
class ServerKeys {
  private static final Logger log = LoggerFactory.getLogger(ServerKeys.class);
  private static final String JWT_KEY = "jwt-es256";
  private static final String CODE_KEY = "code-hmac";

  private final KeyPair signingKeys;
  private final String keyId;
  private final SecretKeySpec codeKey;

  ServerKeys(IdentityProperties properties, JdbcTemplate jdbc, Clock clock, Environment environment)
      throws GeneralSecurityException {
    boolean production = environment.acceptsProfiles(Profiles.of("production"));
    String pem = properties.jwtPrivateKey();
    String secret = properties.codeSecret();
    if (production && (isBlank(pem) || isBlank(secret) || secret.length() < 32)) {
      throw new IllegalStateException("The production profile needs slotwise.identity.jwt-private-key (ES256, "
          + "PKCS#8 PEM) and slotwise.identity.code-secret (32 characters or more)");
    }
    byte[] pkcs8 = isBlank(pem) ? stored(jdbc, clock, JWT_KEY, ServerKeys::newSigningKey) : fromPem(pem);
    signingKeys = keyPair(pkcs8);
    byte[] codeSecret = isBlank(secret) ? stored(jdbc, clock, CODE_KEY, ServerKeys::newCodeSecret)
        : secret.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    codeKey = new SecretKeySpec(codeSecret, "HmacSHA256");
    // The key id names the public key, so verifiers can pick it from the JWKS when keys are rotated.
    keyId = HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
        .digest(signingKeys.getPublic().getEncoded()), 0, 8);
  }

  ECPublicKey publicKey() {
    return (ECPublicKey) signingKeys.getPublic();
  }

  ECPrivateKey privateKey() {
    return (ECPrivateKey) signingKeys.getPrivate();
  }

  String keyId() {
    return keyId;
  }

  SecretKeySpec codeKey() {
    return codeKey;
  }

  private interface Generator {
    byte[] generate() throws GeneralSecurityException;
  }

  /** The stored key of that name; the first instance to start makes it, and later ones read it. */
  private static byte[] stored(JdbcTemplate jdbc, Clock clock, String name, Generator generator)
      throws GeneralSecurityException {
    String candidate = Base64.getEncoder().encodeToString(generator.generate());
    int inserted = jdbc.update("insert into server_key (name, material, created_at) values (?, ?, ?) "
        + "on conflict (name) do nothing", name, candidate, Timestamp.from(clock.instant()));
    if (inserted == 1) {
      log.info("Generated the development key {} and stored it in the database", name);
    }
    List<String> material = jdbc.queryForList("select material from server_key where name = ?", String.class, name);
    return Base64.getDecoder().decode(material.get(0));
  }

  private static byte[] newSigningKey() throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
    return generator.generateKeyPair().getPrivate().getEncoded();
  }

  private static byte[] newCodeSecret() {
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    return secret;
  }

  private static KeyPair keyPair(byte[] pkcs8) throws GeneralSecurityException {
    KeyFactory factory = KeyFactory.getInstance("EC");
    ECPrivateKey privateKey = (ECPrivateKey) factory.generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
    if (privateKey.getParams().getCurve().getField().getFieldSize() != 256) {
      throw new IllegalStateException("slotwise.identity.jwt-private-key must be a P-256 key for ES256");
    }
    return new KeyPair(publicKeyOf(privateKey, factory), privateKey);
  }

  /** Q = d·G on P-256: configuration then needs only the private key. */
  private static ECPublicKey publicKeyOf(ECPrivateKey privateKey, KeyFactory factory)
      throws GeneralSecurityException {
    org.bouncycastle.math.ec.ECPoint q = org.bouncycastle.jce.ECNamedCurveTable.getParameterSpec("secp256r1")
        .getG().multiply(privateKey.getS()).normalize();
    ECPoint point = new ECPoint(q.getAffineXCoord().toBigInteger(), q.getAffineYCoord().toBigInteger());
    return (ECPublicKey) factory.generatePublic(new ECPublicKeySpec(point, privateKey.getParams()));
  }

  private static byte[] fromPem(String pem) {
    String body = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
    return Base64.getDecoder().decode(body);
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
