package dev.slotwise.scheduling;

/**
 * Why a requested start cannot be booked. When several hold, the first in this order is given.
 */
public enum RejectionReason {
  /** The duration is not one the event type offers. */
  INVALID_DURATION,
  /** The start's local date, in the host's zone, is outside the booking window. */
  OUTSIDE_BOOKING_WINDOW,
  /** The start is sooner than the minimum notice allows (or already past). */
  TOO_SOON,
  /** The meeting does not lie inside the host's availability. */
  OUTSIDE_AVAILABILITY,
  /** The meeting lies inside the availability, but its start is not on the slot grid. */
  NOT_ON_GRID,
  /** The meeting itself overlaps an existing booking's meeting. */
  CONFLICTS_WITH_BOOKING,
  /** The meeting itself overlaps other busy time, such as an external calendar's event. */
  CONFLICTS_WITH_BUSY_TIME,
  /** The meeting is clear, but its buffers, or an existing booking's buffers, overlap. */
  BUFFER_CONFLICT,
  /** The event type already has as many bookings that day or week as its limit allows. */
  LIMIT_REACHED
}
