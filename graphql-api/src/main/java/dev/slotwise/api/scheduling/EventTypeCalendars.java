package dev.slotwise.api.scheduling;

import dev.slotwise.scheduling.BookingCalendar;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * An event type's calendar as scheduling-core sees it, for the modules that book: the one place where the
 * schedule, the host's zone, the event type's rules and everyone's busy time come together.
 */
public interface EventTypeCalendars {

  /** An active event type, with what booking needs to know of it. */
  Optional<BookableEventType> find(UUID eventTypeId);

  /**
   * The event type's calendar now, with the busy time around {@code [from, to)} loaded from every
   * {@link HostBusyTime} source. Read it in the caller's transaction.
   */
  BookingCalendar calendar(BookableEventType eventType, Instant from, Instant to);

  /** The titles of these event types, active or not, in one query; deleted ones are left out. */
  Map<UUID, String> titles(Collection<UUID> eventTypeIds);

  /**
   * What a booking needs to know of an event type.
   *
   * @param id the event type
   * @param hostId its host
   * @param title its title, for emails
   * @param defaultDuration the length booked when none is asked for
   * @param bufferBefore time kept clear before each meeting
   * @param bufferAfter time kept clear after each meeting
   * @param requiresConfirmation whether bookings wait for the host to confirm
   * @param maxExtraGuests how many guests besides the booker may come
   * @param prices the price of each priced duration, in minutes
   */
  record BookableEventType(UUID id, UUID hostId, String title, Duration defaultDuration, Duration bufferBefore, Duration bufferAfter,
      boolean requiresConfirmation, int maxExtraGuests, Map<Integer, Price> prices) {
    public BookableEventType {
      prices = Map.copyOf(prices);
    }
  }

  /**
   * An amount of money.
   *
   * @param amount the amount, with at most two decimals
   * @param currency the ISO 4217 code
   */
  record Price(BigDecimal amount, String currency) {}
}
