package dev.slotwise.api.booking.internal;

import dev.slotwise.api.booking.internal.LiveBookings.AvailabilityChangeView;
import dev.slotwise.api.booking.internal.LiveBookings.BookingChangeView;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;

/** The booking subscriptions. */
@Controller
class LiveBookingController {
  private final LiveBookings live;

  LiveBookingController(LiveBookings live) {
    this.live = live;
  }

  @SubscriptionMapping
  Flux<BookingChangeView> bookingChanged() {
    return live.bookingChanges();
  }

  @SubscriptionMapping
  Flux<AvailabilityChangeView> availabilityChanged(@Argument String eventTypeId) {
    return live.availabilityChanges(eventTypeId);
  }
}
