package dev.slotwise.api.booking.internal;

import dev.slotwise.api.scheduling.HostBusyTime;
import dev.slotwise.scheduling.ExistingBooking;
import dev.slotwise.scheduling.Interval;
import java.time.Duration;
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
    List<ExistingBooking> bookings = store.activeOfHost(hostId, from, to).stream().map(row -> {
      Interval meeting = Interval.of(row.start(), row.end());
      Duration before = Duration.ofMinutes(row.bufferBefore());
      Duration after = Duration.ofMinutes(row.bufferAfter());
      return row.eventTypeId().equals(eventTypeId) ? ExistingBooking.ofThisEventType(meeting, before, after)
          : ExistingBooking.ofOtherEventType(meeting, before, after);
    }).toList();
    return new Busy(bookings, List.of());
  }
}
