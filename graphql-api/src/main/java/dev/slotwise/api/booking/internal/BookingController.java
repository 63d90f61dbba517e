package dev.slotwise.api.booking.internal;

import dev.slotwise.api.booking.internal.BookingViews.BookSlotInput;
import dev.slotwise.api.booking.internal.BookingViews.BookSlotPayload;
import dev.slotwise.api.booking.internal.BookingViews.CancelBookingInput;
import dev.slotwise.api.booking.internal.BookingViews.CancelBookingPayload;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** The booking mutations; each hands its input to the service. */
@Controller
class BookingController {
  private final BookingService bookings;

  BookingController(BookingService bookings) {
    this.bookings = bookings;
  }

  @MutationMapping
  BookSlotPayload bookSlot(@Argument BookSlotInput input) {
    return bookings.bookSlot(input);
  }

  @MutationMapping
  CancelBookingPayload cancelBooking(@Argument CancelBookingInput input) {
    return bookings.cancelBooking(input.id(), input.reason());
  }
}
