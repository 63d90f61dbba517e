package dev.slotwise.api.platform;

import java.util.Map;

/**
 * A failure that ends a GraphQL field with a top-level error of a known {@link ErrorCode}: authentication,
 * authorization, not found, bad arguments. Its message is shown to the caller, so it must not carry internals.
 */
public class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ErrorCode code;
  private final transient Map<String, Object> details;

  public ApiException(ErrorCode code, String message) {
    this(code, message, Map.of());
  }

  public ApiException(ErrorCode code, String message, Map<String, Object> details) {
    super(message);
    this.code = code;
    this.details = Map.copyOf(details);
  }

  public ErrorCode code() {
    return code;
  }

  /** Extra fields for {@code extensions}, such as the argument that broke a rule. */
  public Map<String, Object> details() {
    return details;
  }
}
