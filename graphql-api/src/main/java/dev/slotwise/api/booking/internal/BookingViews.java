package dev.slotwise.api.booking.internal;

import dev.slotwise.api.platform.GlobalId;
import dev.slotwise.api.platform.UserError;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** The booking types of the schema. */
final class BookingViews {
  static final String BOOKING = "Booking";

  private BookingViews() {}

  record GuestInput(String name, String email) {}

  record BookSlotInput(String eventTypeId, OffsetDateTime start, Integer durationMinutes, String timeZone,
      GuestInput guest, List<String> additionalGuests, String notes, String idempotencyKey) {}

  record CancelBookingInput(String id, String reason) {}

  record GuestView(String name, String email) {}

  record MoneyView(String amount, String currency) {}

  record BookingView(String id, OffsetDateTime start, OffsetDateTime end, int durationMinutes, String status,
      String timeZone, GuestView guest, List<String> additionalGuests, String notes, MoneyView price,
      OffsetDateTime createdAt) {
    static BookingView of(BookingRow row) {
      return new BookingView(GlobalId.encode(BOOKING, row.id()), utc(row.start()), utc(row.end()),
          (int) java.time.Duration.between(row.start(), row.end()).toMinutes(), row.status(), row.timeZone(),
          new GuestView(row.guestName(), row.guestEmail()), row.additionalGuests(), row.notes(),
          row.priceAmount() == null ? null : new MoneyView(row.priceAmount().toPlainString(), row.priceCurrency()),
          utc(row.createdAt()));
    }

    /** What the change log keeps: the booking as the API shows it. */
    Map<String, Object> forLog() {
      return Map.of("id", id, "start", start.toString(), "end", end.toString(), "status", status,
          "guestEmail", guest.email());
    }
  }

  record BookSlotPayload(BookingView booking, List<OffsetDateTime> alternatives, List<UserError> userErrors) {
    static BookSlotPayload booked(BookingView booking) {
      return new BookSlotPayload(booking, List.of(), List.of());
    }

    static BookSlotPayload refused(UserError error, List<OffsetDateTime> alternatives) {
      return new BookSlotPayload(null, alternatives, List.of(error));
    }

    static BookSlotPayload refused(List<UserError> errors) {
      return new BookSlotPayload(null, List.of(), errors);
    }
  }

  record CancelBookingPayload(BookingView booking, List<UserError> userErrors) {}

  /** The {@code filter} of {@code bookings}; null fields and an empty status list filter nothing. */
  record BookingFilter(List<String> status, OffsetDateTime from, OffsetDateTime to) {}

  record BookingEventTypeView(String id, String title) {}

  record BookingHostView(String id, String name, String username, String timeZone) {}

  static OffsetDateTime utc(java.time.Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
