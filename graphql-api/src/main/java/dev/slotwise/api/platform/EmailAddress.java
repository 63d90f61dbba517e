package dev.slotwise.api.platform;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one rule for email addresses that people type: trimmed and lower-cased before anything else, then a local
 * part, an @ and a dotted domain, at most 254 characters. Every module applies the same rule, so an address one
 * accepts (say a guest's, when proving it) is never refused by another (when booking with it).
 */
public final class EmailAddress {
  private static final Pattern FORM = Pattern.compile("^[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+$");
  private static final int MAX_LENGTH = 254;

  private EmailAddress() {}

  /** Trimmed and lower case, the form in which addresses are stored and compared; "" for null. */
  public static String normalize(String email) {
    return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
  }

  /** Whether a normalized address has the form of an email address. */
  public static boolean isValid(String normalized) {
    return normalized.length() <= MAX_LENGTH && FORM.matcher(normalized).matches();
  }
}
