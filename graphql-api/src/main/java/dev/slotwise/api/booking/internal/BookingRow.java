package dev.slotwise.api.booking.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A booking as stored. */
record BookingRow(UUID id, UUID hostId, UUID eventTypeId, Instant start, Instant end, int bufferBefore,
    int bufferAfter, String status, String timeZone, String guestName, String guestEmail,
    List<String> additionalGuests, String notes, BigDecimal priceAmount, String priceCurrency, String bookedBy,
    String idempotencyKey, byte[] requestFingerprint, Instant createdAt) {

  static final String PENDING = "PENDING";
  static final String CONFIRMED = "CONFIRMED";
  static final String CANCELLED = "CANCELLED";

  BookingRow {
    additionalGuests = List.copyOf(additionalGuests);
    requestFingerprint = requestFingerprint.clone();
  }
}
