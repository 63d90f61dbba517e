package dev.slotwise.api.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import dev.slotwise.api.platform.Digests;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import org.springframework.stereotype.Component;

/** Random secrets and their digests: one-time codes, refresh tokens. */
@Component
class Secrets {
  private final SecureRandom random = new SecureRandom();
  private final ServerKeys keys;

  Secrets(ServerKeys keys) {
    this.keys = keys;
  }

  /** Six random digits, uniformly from 000000 to 999999. */
  String newCode() {
    return String.format("%06d", random.nextInt(1_000_000));
  }

  /** 256 random bits, base64url: a refresh token nobody can guess. */
  String newToken() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /**
   * A code's HMAC under the server's secret. A plain hash of six digits would be reversed in a millisecond by
   * anyone who read the table; the keyed hash cannot be without the secret, which is not in the database in
   * production.
   */
  byte[] codeHash(String email, String code) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(keys.codeKey());
      return mac.doFinal((email + "\n" + code).getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  /** A token's SHA-256: enough for 256 random bits, which no one can guess or reverse. */
  byte[] tokenHash(String token) {
    return Digests.sha256(token);
  }


  /** Compares in time independent of where the inputs differ. */
  static boolean sameBytes(byte[] a, byte[] b) {
    return MessageDigest.isEqual(a, b);
  }
}
