package dev.slotwise.api.identity.internal;

import dev.slotwise.api.platform.EmailAddress;
import dev.slotwise.api.platform.UserError;
import dev.slotwise.scheduling.SchedulingInputException;
import dev.slotwise.scheduling.TimeZones;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Rules for what people type into the identity mutations; each broken rule is a VALIDATION user error. */
final class AccountInput {
  private static final Pattern USERNAME = Pattern.compile("^[a-z0-9](?:[a-z0-9-]{1,28})[a-z0-9]$");
  private static final Pattern CODE = Pattern.compile("^[0-9]{6}$");
  static final int MIN_PASSWORD = 10;
  static final int MAX_PASSWORD = 200;

  private final List<UserError> errors = new ArrayList<>();

  /** Lower case and trimmed: the form in which emails are stored and compared. */
  static String normalizeEmail(String email) {
    return EmailAddress.normalize(email);
  }

  List<UserError> errors() {
    return errors;
  }

  boolean isValid() {
    return errors.isEmpty();
  }

  AccountInput email(String normalized) {
    if (!EmailAddress.isValid(normalized)) {
      fail("email", "must be an email address such as ada@example.com, was '" + shorten(normalized) + "'");
    }
    return this;
  }

  AccountInput password(String password) {
    int length = password == null ? 0 : password.codePointCount(0, password.length());
    if (length < MIN_PASSWORD || length > MAX_PASSWORD) {
      // Never echo the password itself.
      fail("password", "must be " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters, was " + length);
    }
    return this;
  }

  AccountInput name(String name) {
    String trimmed = name == null ? "" : name.strip();
    if (trimmed.isEmpty() || trimmed.length() > 100) {
      fail("name", "must be 1 to 100 characters, was " + trimmed.length());
    }
    return this;
  }

  AccountInput username(String username) {
    if (username == null || !USERNAME.matcher(username).matches()) {
      fail("username", "must be 3 to 30 lower-case letters, digits and hyphens, starting and ending with a "
          + "letter or digit, was '" + shorten(username) + "'");
    }
    return this;
  }

  AccountInput timeZone(String timeZone) {
    try {
      TimeZones.parse("timeZone", timeZone);
    } catch (SchedulingInputException invalid) {
      fail("timeZone", invalid.rule() + ", was '" + shorten(timeZone) + "'");
    }
    return this;
  }

  AccountInput code(String code) {
    if (code == null || !CODE.matcher(code).matches()) {
      fail("code", "must be the 6 digits from the email");
    }
    return this;
  }

  private void fail(String field, String message) {
    errors.add(UserError.onInput(field, UserError.VALIDATION, field + " " + message));
  }

  private static String shorten(String value) {
    if (value == null) {
      return "";
    }
    return value.length() <= 60 ? value : value.substring(0, 60) + "…";
  }
}
