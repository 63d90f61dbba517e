package dev.slotwise.api.platform;

/**
 * Stable codes in {@code extensions.code} of top-level GraphQL errors: requests that cannot be served at all.
 * Expected business failures are not errors but {@code userErrors} in mutation payloads.
 */
public enum ErrorCode {
  /** No valid credentials were given, and the field needs them. */
  UNAUTHENTICATED,
  /** The caller is known but may not do this. */
  FORBIDDEN,
  /** An argument breaks a rule: a bound, a format, an unknown time zone. */
  BAD_REQUEST,
  /** The thing asked for does not exist, or the caller may not know it does. */
  NOT_FOUND,
  /** The request is not valid GraphQL for this schema. */
  INVALID_QUERY,
  /** The request is too deep, too complex, or has too many aliases. */
  QUERY_TOO_COMPLEX,
  /** Too many attempts in a short time. */
  RATE_LIMITED,
  /** The request took longer than the server allows. */
  TIMEOUT,
  /**
   * The server could not reach its database, or the database could not serve the request just now. Retry after a
   * moment; a mutation retried with the same input and idempotency key takes effect at most once.
   */
  UNAVAILABLE,
  /** Something failed on the server; the message says no more, and the logs carry the details. */
  INTERNAL
}
