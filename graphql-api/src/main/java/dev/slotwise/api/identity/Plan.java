package dev.slotwise.api.identity;

/** What a user pays for, and so may do. */
public enum Plan {
  /** One active event type. */
  FREE,
  /** No limit on event types. */
  PAID
}
