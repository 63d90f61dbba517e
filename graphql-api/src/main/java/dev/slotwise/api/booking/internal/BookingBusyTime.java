package dev.slotwise.api.booking.internal;

import dev.slotwise.api.scheduling.HostBusyTime;
import dev.slotwise.scheduling.ExistingBooking;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Active bookings are busy time, each with the buffers it was booked with. */
@Component
class BookingBusyTime implements HostBusyTime {
  private final BookingStore store;

  BookingBusyTime(BookingStore store) {
    this.store = store;
  }

  @Override
  public Busy busyTime(UUID hostId, UUID eventTypeId, Instant from, Instant to) {
    List<ExistingBooking> bookings = store.busyOfHost(hostId, eventTypeId, from, to);
    return new Busy(bookings, List.of());
  }
}
