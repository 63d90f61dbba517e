package dev.slotwise.api.scheduling;

import dev.slotwise.scheduling.ExistingBooking;
import dev.slotwise.scheduling.Interval;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Where a host's busy time comes from: bookings (the booking module) and external calendars. Implemented by the
 * modules that own that data, so scheduling depends on none of them.
 */
public interface HostBusyTime {

  /**
   * The host's busy time that may matter for slots starting in {@code [from, to)}.
   *
   * @param hostId the host
   * @param eventTypeId the event type being booked, whose bookings also count toward its limits
   * @param from the first instant of interest, already widened by the caller for buffers and limits
   * @param to the end of the span of interest
   * @return bookings with their own buffers, and other busy intervals
   */
  Busy busyTime(UUID hostId, UUID eventTypeId, Instant from, Instant to);

  /**
   * Busy time of a host.
   *
   * @param bookings active bookings, of every event type of the host
   * @param other other busy intervals, such as external calendar events that are not free
   */
  record Busy(List<ExistingBooking> bookings, List<Interval> other) {
    public static final Busy NONE = new Busy(List.of(), List.of());

    public Busy {
      bookings = List.copyOf(bookings);
      other = List.copyOf(other);
    }
  }
}
