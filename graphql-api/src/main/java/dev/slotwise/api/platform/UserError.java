package dev.slotwise.api.platform;

import java.util.List;

/**
 * An expected reason a mutation did not do what was asked, returned as data in its payload.
 *
 * @param field the path of the input field at fault, such as {@code ["input", "email"]}; empty if none
 * @param code a value of the schema's {@code UserErrorCode} enum
 * @param message what went wrong, for a person
 */
public record UserError(List<String> field, String code, String message) {
  /** The code for input that breaks a rule. */
  public static final String VALIDATION = "VALIDATION";
  /** The code for too many attempts. */
  public static final String RATE_LIMITED = "RATE_LIMITED";

  public UserError {
    field = List.copyOf(field);
  }

  /** An error about one field of the mutation's {@code input} argument. */
  public static UserError onInput(String inputField, String code, String message) {
    return new UserError(List.of("input", inputField), code, message);
  }

  /** An error about no one field. */
  public static UserError general(String code, String message) {
    return new UserError(List.of(), code, message);
  }

  public static UserError rateLimited() {
    return general(RATE_LIMITED, "Too many attempts. Wait a while and try again.");
  }
}
