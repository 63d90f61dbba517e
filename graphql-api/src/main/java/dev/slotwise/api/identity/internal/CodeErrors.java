package dev.slotwise.api.identity.internal;

import dev.slotwise.api.platform.UserError;

/** The user errors for a code that was not accepted. */
final class CodeErrors {
  static final String CODE_INVALID = "CODE_INVALID";
  static final String CODE_EXPIRED = "CODE_EXPIRED";
  static final String TOO_MANY_ATTEMPTS = "TOO_MANY_ATTEMPTS";

  private CodeErrors() {}

  static UserError of(OneTimeCodes.Verdict verdict) {
    return switch (verdict) {
      case EXPIRED -> UserError.onInput("code", CODE_EXPIRED, "This code has expired. Ask for a new one.");
      case TOO_MANY_ATTEMPTS -> UserError.onInput("code", TOO_MANY_ATTEMPTS,
          "Too many wrong tries: this code no longer works. Ask for a new one.");
      case INVALID, ACCEPTED -> UserError.onInput("code", CODE_INVALID,
          "This code is wrong, or there is no code for this email.");
    };
  }
}
