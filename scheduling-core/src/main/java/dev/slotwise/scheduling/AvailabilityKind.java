package dev.slotwise.scheduling;

/** Whether a rule or override opens time for booking or takes it away. */
public enum AvailabilityKind {
  /** The host can be booked in this time. */
  AVAILABLE,
  /** The host cannot be booked in this time, whatever else says so. */
  BUSY
}
