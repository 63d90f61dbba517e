package dev.slotwise.scheduling;

import java.time.Duration;

/**
 * A booking the host already has (pending, awaiting payment or confirmed), with the buffers of its own event
 * type. Its {@linkplain #blockedRange() blocked range}, the meeting widened by those buffers, is busy time: a
 * new meeting's blocked range may not meet it, so buffers add up and never overlap one another.
 *
 * <p>Bookings of the event type being booked also count toward that event type's daily and weekly limits.
 *
 * <p>Immutable and thread-safe.
 */
public final class ExistingBooking {
  private final Interval meeting;
  private final Duration bufferBefore;
  private final Duration bufferAfter;
  private final boolean ofThisEventType;
  /** The blocked range in epoch nanoseconds, read for every check. */
  private final long blockedStart;
  private final long blockedEnd;

  private ExistingBooking(Interval meeting, Duration bufferBefore, Duration bufferAfter, boolean ofThisEventType) {
    this.meeting = Require.notNull("booking.meeting", meeting);
    Require.minutes("booking.bufferBefore", bufferBefore, 0, EventTypeRules.MAX_BUFFER_MINUTES);
    Require.minutes("booking.bufferAfter", bufferAfter, 0, EventTypeRules.MAX_BUFFER_MINUTES);
    this.bufferBefore = bufferBefore;
    this.bufferAfter = bufferAfter;
    this.ofThisEventType = ofThisEventType;
    this.blockedStart = meeting.startNanos() - bufferBefore.toNanos();
    this.blockedEnd = meeting.endNanos() + bufferAfter.toNanos();
  }

  /**
   * A booking of the event type being booked: it blocks time and counts toward the limits.
   *
   * @param meeting when the meeting runs
   * @param bufferBefore its event type's buffer before, 0 to 720 minutes
   * @param bufferAfter its event type's buffer after, 0 to 720 minutes
   * @return the booking
   */
  public static ExistingBooking ofThisEventType(Interval meeting, Duration bufferBefore, Duration bufferAfter) {
    return new ExistingBooking(meeting, bufferBefore, bufferAfter, true);
  }

  /**
   * A booking of another of the host's event types: it blocks time only.
   *
   * @param meeting when the meeting runs
   * @param bufferBefore its event type's buffer before, 0 to 720 minutes
   * @param bufferAfter its event type's buffer after, 0 to 720 minutes
   * @return the booking
   */
  public static ExistingBooking ofOtherEventType(Interval meeting, Duration bufferBefore, Duration bufferAfter) {
    return new ExistingBooking(meeting, bufferBefore, bufferAfter, false);
  }

  /** {@return when the meeting runs} */
  public Interval meeting() {
    return meeting;
  }

  /** {@return time kept clear before the meeting} */
  public Duration bufferBefore() {
    return bufferBefore;
  }

  /** {@return time kept clear after the meeting} */
  public Duration bufferAfter() {
    return bufferAfter;
  }

  /** {@return whether the booking is of the event type being booked, and so counts toward its limits} */
  public boolean isOfThisEventType() {
    return ofThisEventType;
  }

  /** {@return the meeting widened by its buffers: the time no other meeting's blocked range may meet} */
  public Interval blockedRange() {
    return Interval.ofNanos(blockedStart(), blockedEnd());
  }

  long blockedStart() {
    return blockedStart;
  }

  long blockedEnd() {
    return blockedEnd;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ExistingBooking that && meeting.equals(that.meeting)
        && bufferBefore.equals(that.bufferBefore) && bufferAfter.equals(that.bufferAfter)
        && ofThisEventType == that.ofThisEventType;
  }

  @Override
  public int hashCode() {
    return meeting.hashCode() * 31 + (ofThisEventType ? 1 : 0);
  }

  @Override
  public String toString() {
    return "ExistingBooking[" + meeting + ", buffers " + bufferBefore.toMinutes() + "/" + bufferAfter.toMinutes()
        + " min" + (ofThisEventType ? ", this event type" : "") + "]";
  }
}
