package dev.slotwise.scheduling;

import java.time.Instant;
import java.util.List;

/**
 * The answer to "may this start be booked now?": {@link Bookable}, exactly when the start is among the offered
 * slots, or {@link Rejected} with the first reason in {@link RejectionReason}'s order and up to three offered
 * alternatives nearest the requested start.
 */
public sealed interface BookingCheck permits BookingCheck.Bookable, BookingCheck.Rejected {
  /** {@return whether the start may be booked} */
  boolean isBookable();

  /** The start is offered and may be booked. */
  record Bookable() implements BookingCheck {
    @Override
    public boolean isBookable() {
      return true;
    }
  }

  /**
   * The start may not be booked.
   *
   * @param reason the first rule the request breaks
   * @param alternatives up to three offered starts with the same duration nearest the requested one (the default
   *     duration when the requested one is invalid), in order of time
   */
  record Rejected(RejectionReason reason, List<Instant> alternatives) implements BookingCheck {
    /**
     * Makes the list immutable.
     *
     * @throws NullPointerException if an argument is null
     */
    public Rejected {
      java.util.Objects.requireNonNull(reason, "reason");
      alternatives = List.copyOf(alternatives);
    }

    @Override
    public boolean isBookable() {
      return false;
    }
  }
}
