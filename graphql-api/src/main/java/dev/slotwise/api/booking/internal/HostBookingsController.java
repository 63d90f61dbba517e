package dev.slotwise.api.booking.internal;

import dev.slotwise.api.booking.internal.BookingViews.BookingEventTypeView;
import dev.slotwise.api.booking.internal.BookingViews.BookingFilter;
import dev.slotwise.api.booking.internal.BookingViews.BookingHostView;
import dev.slotwise.api.booking.internal.BookingViews.BookingView;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code Query.bookings}, a Relay connection that Spring for GraphQL builds from the {@link Window}, and the
 * relations of {@code Booking}, each loaded for every booking of a response at once.
 */
@Controller
class HostBookingsController {
  private final HostBookingsService bookings;

  HostBookingsController(HostBookingsService bookings) {
    this.bookings = bookings;
  }

  @QueryMapping
  Window<BookingView> bookings(@Argument int first, @Argument String after, @Argument BookingFilter filter) {
    return bookings.bookings(first, after, filter);
  }

  @BatchMapping(typeName = "Booking")
  Map<BookingView, BookingEventTypeView> eventType(List<BookingView> views) {
    return bookings.eventTypes(views);
  }

  @BatchMapping(typeName = "Booking")
  Map<BookingView, BookingHostView> host(List<BookingView> views) {
    return bookings.hosts(views);
  }
}
