package dev.slotwise.api.booking.internal;

import dev.slotwise.api.booking.internal.BookingViews.BookingView;
import dev.slotwise.api.identity.Caller;
import dev.slotwise.api.platform.ApiException;
import dev.slotwise.api.platform.ClusterEvents;
import dev.slotwise.api.platform.ErrorCode;
import dev.slotwise.api.platform.GlobalId;
import dev.slotwise.api.platform.TransientDatabaseFailures;
import dev.slotwise.api.scheduling.AvailabilityNotices;
import dev.slotwise.api.scheduling.EventTypeCalendars;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.util.retry.Retry;

/** The live streams: a host's booking changes, and availability hints for an event type's booking page. */
@Service
class LiveBookings {
  /** A booking change as the schema shows it. */
  record BookingChangeView(String action, BookingView booking) {}

  /** An availability hint as the schema shows it. */
  record AvailabilityChangeView(String eventTypeId, OffsetDateTime changedAt) {}

  /** About a minute of reading again, for a database that restarts; then the stream ends with UNAVAILABLE. */
  private static final Retry READ_AGAIN = Retry.backoff(15, Duration.ofMillis(100)).maxBackoff(Duration.ofSeconds(5))
      .filter(TransientDatabaseFailures::isTransient).onRetryExhaustedThrow((spec, signal) -> signal.failure());

  private final BookingEvents events;
  private final ClusterEvents cluster;
  private final BookingStore store;
  private final EventTypeCalendars calendars;
  private final Caller caller;
  private final Clock clock;

  LiveBookings(BookingEvents events, ClusterEvents cluster, BookingStore store, EventTypeCalendars calendars, Caller caller, Clock clock) {
    this.events = events;
    this.cluster = cluster;
    this.store = store;
    this.calendars = calendars;
    this.caller = caller;
    this.clock = clock;
  }

  /**
   * The signed-in host's booking changes. Checked here, before the stream exists: method security on a method
   * returning a stream would check inside it, where the failure can no longer be a classified error.
   */
  public Flux<BookingChangeView> bookingChanges() {
    if (caller.guest().isPresent()) {
      throw new ApiException(ErrorCode.FORBIDDEN, "Booking changes are for hosts; a guest token cannot follow them");
    }
    UUID host = caller.requireSignedIn().id().value();
    return events.changes().filter(change -> change.hostId().equals(host))
        // Reading the row is blocking I/O; it must not run on the thread that delivers notifications.
        .concatMap(change -> Mono.fromCallable(() -> store.find(change.bookingId())).subscribeOn(Schedulers
            .boundedElastic())
            // A cut connection or a restarting database must not end the host's stream: read again.
            .retryWhen(READ_AGAIN)
            .flatMap(Mono::justOrEmpty)
            .map(row -> new BookingChangeView(change.action(), BookingView.of(row))));
  }

  public Flux<AvailabilityChangeView> availabilityChanges(String eventTypeId) {
    UUID id = GlobalId.decode("EventType", eventTypeId);
    UUID host = calendars.find(id).map(EventTypeCalendars.BookableEventType::hostId)
        .orElseThrow(() -> new ApiException(ErrorCode.NOT_FOUND, "No bookable event type has this ID"));
    // Any booking of the host, of any event type, can take or free this event type's slots, and so can the
    // host's edits to schedules and event types.
    Flux<UUID> bookings = events.changes().map(BookingEvents.Change::hostId);
    Flux<UUID> edits = cluster.listen(AvailabilityNotices.CHANNEL).map(UUID::fromString);
    return Flux.merge(bookings, edits).filter(host::equals)
        .map(changed -> new AvailabilityChangeView(eventTypeId, BookingViews.utc(clock.instant())));
  }
}
