package dev.slotwise.api.booking.internal;

import dev.slotwise.api.booking.internal.BookingViews.BookSlotInput;
import dev.slotwise.api.booking.internal.BookingViews.BookSlotPayload;
import dev.slotwise.api.booking.internal.BookingViews.BookingView;
import dev.slotwise.api.booking.internal.BookingViews.CancelBookingPayload;
import dev.slotwise.api.identity.Caller;
import dev.slotwise.api.identity.SignedInUser;
import dev.slotwise.api.identity.VerifiedGuest;
import dev.slotwise.api.platform.ApiException;
import dev.slotwise.api.platform.ChangeLog;
import dev.slotwise.api.platform.Digests;
import dev.slotwise.api.platform.EmailAddress;
import dev.slotwise.api.platform.ErrorCode;
import dev.slotwise.api.platform.GlobalId;
import dev.slotwise.api.platform.UserError;
import dev.slotwise.api.scheduling.EventTypeCalendars;
import dev.slotwise.api.scheduling.EventTypeCalendars.BookableEventType;
import dev.slotwise.api.scheduling.EventTypeCalendars.Price;
import dev.slotwise.scheduling.BookingCheck;
import dev.slotwise.scheduling.SchedulingInputException;
import dev.slotwise.scheduling.TimeZones;
import io.micrometer.core.instrument.MeterRegistry;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Books and cancels. A request is bookable exactly when scheduling-core's check says so; the database's exclusion
 * constraint settles races, and the loser is answered with the reason the check gives once the winner is in.
 */
@Service
class BookingService {
  /** Wide enough around a start for every booking whose buffers or limits matter to it. */
  private static final Duration CHECK_MARGIN = Duration.ofDays(9);
  private static final int MAX_ATTEMPTS = 5;
  static final String IDEMPOTENCY_KEY_REUSED = "IDEMPOTENCY_KEY_REUSED";
  static final String GUEST_EMAIL_MISMATCH = "GUEST_EMAIL_MISMATCH";
  static final String TOO_MANY_GUESTS = "TOO_MANY_GUESTS";

  private final BookingStore store;
  private final BookingEvents events;
  private final EventTypeCalendars calendars;
  private final Caller caller;
  private final ChangeLog changeLog;
  private final TransactionTemplate transactions;
  private final MeterRegistry meters;
  private final Clock clock;

  BookingService(BookingStore store, BookingEvents events, EventTypeCalendars calendars, Caller caller, ChangeLog changeLog,
      TransactionTemplate transactions, MeterRegistry meters, Clock clock) {
    this.store = store;
    this.events = events;
    this.calendars = calendars;
    this.caller = caller;
    this.changeLog = changeLog;
    this.transactions = transactions;
    this.meters = meters;
    this.clock = clock;
  }

  public BookSlotPayload bookSlot(BookSlotInput input) {
    String bookedBy = bookedBy(input);
    Optional<VerifiedGuest> guest = caller.guest();
    String guestEmail = normalize(input.guest() == null ? null : input.guest().email());
    if (guest.isPresent() && !guest.get().email().equals(guestEmail)) {
      return BookSlotPayload.refused(List.of(UserError.onInput("guest", GUEST_EMAIL_MISMATCH,
          "guest.email must be the email the guest token proves")));
    }
    Optional<BookableEventType> eventType = eventTypeOf(input.eventTypeId());
    if (eventType.isEmpty()) {
      return BookSlotPayload.refused(List.of(UserError.onInput("eventTypeId", "NOT_FOUND",
          "No bookable event type has this ID")));
    }
    List<UserError> errors = validate(input, guestEmail, eventType.get());
    if (!errors.isEmpty()) {
      return BookSlotPayload.refused(errors);
    }
    Duration duration = input.durationMinutes() == null ? eventType.get().defaultDuration()
        : Duration.ofMinutes(input.durationMinutes());
    BookingRow wanted = row(input, guestEmail, bookedBy, eventType.get(), duration);
    Optional<BookSlotPayload> repeated = sameRequestBefore(wanted);
    if (repeated.isPresent()) {
      return repeated.get();
    }
    for (int attempt = 1; ; attempt++) {
      try {
        return transactions.execute(status -> checkAndInsert(wanted, eventType.get(), duration));
      } catch (DataIntegrityViolationException race) {
        if (!isOverlap(race)) {
          // The same idempotency key arrived twice at once: the first one's booking is the answer.
          return sameRequestBefore(wanted).orElseThrow(() -> race);
        }
        // Another booking got in first. Checking again sees it, so this request is answered as if it had come
        // second; only a new winner in the meantime can make that check pass and the insert fail again.
        if (attempt == MAX_ATTEMPTS) {
          throw race;
        }
      } catch (PessimisticLockingFailureException deadlock) {
        // Two overlapping inserts each checked the exclusion constraint against the other's uncommitted row and
        // waited for it; PostgreSQL broke the cycle by failing this one (40P01), and the other may have won.
        // Checking again is the same answer as for an overlap: booked if the time is still free, else refused.
        if (attempt == MAX_ATTEMPTS) {
          throw deadlock;
        }
        // A short, random pause lets the surviving transaction commit first, so the check sees it rather than
        // meeting its uncommitted row, and the deadlock, again.
        pauseBeforeRetry(attempt);
      }
    }
  }

  public CancelBookingPayload cancelBooking(String id, String reason) {
    UUID bookingId = GlobalId.decode(BookingViews.BOOKING, id);
    if (reason != null && reason.length() > 500) {
      return new CancelBookingPayload(null, List.of(UserError.onInput("reason", UserError.VALIDATION,
          "reason must be at most 500 characters, was " + reason.length())));
    }
    String actor = actor();
    return transactions.execute(status -> {
      Optional<BookingRow> found = store.findForUpdate(bookingId).filter(this::mayCancel);
      if (found.isEmpty()) {
        return new CancelBookingPayload(null, List.of(UserError.onInput("id", "NOT_FOUND",
            "No booking of yours has this ID")));
      }
      BookingRow booking = found.get();
      if (!booking.status().equals(BookingRow.CANCELLED)) {
        store.cancel(booking.id(), actor, reason == null ? "" : reason, clock.instant());
        BookingRow cancelled = store.findForUpdate(bookingId).orElseThrow();
        events.publish(cancelled, "CANCELLED");
        changeLog.record("booking", "Booking", booking.id(), "CANCELLED", actor,
            BookingView.of(booking).forLog(), BookingView.of(cancelled).forLog());
        booking = cancelled;
      }
      return new CancelBookingPayload(BookingView.of(booking), List.of());
    });
  }

  private BookSlotPayload checkAndInsert(BookingRow wanted, BookableEventType eventType, Duration duration) {
    // Checked first without the host's lock: a time already taken is refused at once, in parallel with other
    // requests, which is most requests when many race for a few times. A bookable time is checked again under
    // the lock, where no other booking of this host can come between that check and the insert.
    BookingCheck check = check(wanted, eventType, duration);
    if (check instanceof BookingCheck.Bookable) {
      store.lockHost(eventType.hostId());
      check = check(wanted, eventType, duration);
    }
    if (check instanceof BookingCheck.Rejected rejected) {
      String reason = rejected.reason().name();
      store.recordRefusal(eventType.hostId(), eventType.id(), reason, wanted.start(), clock.instant());
      meters.counter("slotwise.booking.refusals", "reason", reason).increment();
      return BookSlotPayload.refused(UserError.onInput("start", reason, message(rejected)),
          rejected.alternatives().stream().map(BookingViews::utc).toList());
    }
    store.insert(wanted);
    events.publish(wanted, "CREATED");
    BookingView view = BookingView.of(wanted);
    changeLog.record("booking", "Booking", wanted.id(), "CREATED", wanted.bookedBy(), null, view.forLog());
    return BookSlotPayload.booked(view);
  }

  private BookingCheck check(BookingRow wanted, BookableEventType eventType, Duration duration) {
    return calendars.calendar(eventType, wanted.start().minus(CHECK_MARGIN), wanted.start().plus(CHECK_MARGIN))
        .check(wanted.start(), duration);
  }

  /** A booking made earlier with this key: the same one if the request is the same, else an error. */
  private Optional<BookSlotPayload> sameRequestBefore(BookingRow wanted) {
    return store.findByIdempotencyKey(wanted.bookedBy(), wanted.idempotencyKey()).map(earlier ->
        MessageDigest.isEqual(earlier.requestFingerprint(), wanted.requestFingerprint())
            ? BookSlotPayload.booked(BookingView.of(earlier))
            : BookSlotPayload.refused(List.of(UserError.onInput("idempotencyKey", IDEMPOTENCY_KEY_REUSED,
                "This idempotency key was already used for a different booking request"))));
  }

  private List<UserError> validate(BookSlotInput input, String guestEmail, BookableEventType eventType) {
    List<UserError> errors = new ArrayList<>();
    String name = input.guest() == null || input.guest().name() == null ? "" : input.guest().name().strip();
    if (name.isEmpty() || name.length() > 100) {
      errors.add(validation("guest", "guest.name must be 1 to 100 characters, was " + name.length()));
    }
    if (!EmailAddress.isValid(guestEmail)) {
      errors.add(validation("guest", "guest.email must be an email address, was '" + shorten(guestEmail) + "'"));
    }
    try {
      TimeZones.parse("timeZone", input.timeZone());
    } catch (SchedulingInputException invalid) {
      errors.add(validation("timeZone", "timeZone " + invalid.rule() + ", was '" + shorten(invalid.value()) + "'"));
    }
    List<String> extra = input.additionalGuests() == null ? List.of() : input.additionalGuests();
    if (extra.size() > eventType.maxExtraGuests()) {
      errors.add(UserError.onInput("additionalGuests", TOO_MANY_GUESTS, "at most " + eventType.maxExtraGuests()
          + " additional guests may come, were " + extra.size()));
    }
    for (String email : extra.subList(0, Math.min(extra.size(), 50))) {
      if (!EmailAddress.isValid(normalize(email))) {
        errors.add(validation("additionalGuests", "additionalGuests must be email addresses, one was '"
            + shorten(email) + "'"));
        break;
      }
    }
    if (input.notes() != null && input.notes().length() > 2000) {
      errors.add(validation("notes", "notes must be at most 2000 characters, was " + input.notes().length()));
    }
    String key = input.idempotencyKey();
    if (key == null || key.isBlank() || key.length() > 100) {
      errors.add(validation("idempotencyKey", "idempotencyKey must be 1 to 100 characters"));
    }
    if (input.durationMinutes() != null && (input.durationMinutes() < 1 || input.durationMinutes() > 1440)) {
      errors.add(UserError.onInput("durationMinutes", "INVALID_DURATION",
          "durationMinutes must be one of the event type's durations, was " + input.durationMinutes()));
    }
    return errors;
  }

  private BookingRow row(BookSlotInput input, String guestEmail, String bookedBy, BookableEventType eventType,
      Duration duration) {
    Instant start = input.start().toInstant();
    List<String> extra = input.additionalGuests() == null ? List.of()
        : List.copyOf(new LinkedHashSet<>(input.additionalGuests().stream().map(BookingService::normalize).toList()));
    Optional<Price> price = Optional.ofNullable(eventType.prices().get((int) duration.toMinutes()));
    String notes = input.notes() == null ? "" : input.notes();
    String fingerprint = String.join("\n", eventType.id().toString(), start.toString(),
        Long.toString(duration.toMinutes()), guestEmail, input.guest().name().strip(), String.join(",", extra),
        notes, input.timeZone());
    String status = eventType.requiresConfirmation() ? BookingRow.PENDING : BookingRow.CONFIRMED;
    return new BookingRow(UUID.randomUUID(), eventType.hostId(), eventType.id(), start, start.plus(duration),
        (int) eventType.bufferBefore().toMinutes(), (int) eventType.bufferAfter().toMinutes(), status,
        input.timeZone(), input.guest().name().strip(), guestEmail, extra, notes,
        price.map(Price::amount).orElse(null), price.map(Price::currency).orElse(null), bookedBy,
        input.idempotencyKey(), Digests.sha256(fingerprint), clock.instant());
  }

  private Optional<BookableEventType> eventTypeOf(String id) {
    try {
      return calendars.find(GlobalId.decode("EventType", id));
    } catch (ApiException notAnEventTypeId) {
      return Optional.empty();
    }
  }

  /** Guests book for themselves; signed-in users for anyone. Anyone else must prove an email first. */
  private String bookedBy(BookSlotInput input) {
    Optional<SignedInUser> user = caller.signedInUser();
    if (user.isPresent()) {
      return "user:" + user.get().id();
    }
    return caller.guest().map(guest -> "guest:" + guest.email()).orElseThrow(() -> new ApiException(
        ErrorCode.UNAUTHENTICATED, "Booking needs a guest token (requestEmailVerification, then confirmEmail) "
        + "or an access token"));
  }

  private String actor() {
    return caller.signedInUser().map(user -> "user:" + user.id())
        .or(() -> caller.guest().map(guest -> "guest:" + guest.email()))
        .orElseThrow(() -> new ApiException(ErrorCode.UNAUTHENTICATED, "Cancelling needs a guest or access token"));
  }

  /** The host, the guest (by a token of the guest's email), or the user who booked it. */
  private boolean mayCancel(BookingRow booking) {
    Optional<SignedInUser> user = caller.signedInUser();
    if (user.isPresent()) {
      return booking.hostId().equals(user.get().id().value())
          || booking.bookedBy().equals("user:" + user.get().id());
    }
    return caller.guest().map(guest -> guest.email().equals(booking.guestEmail())).orElse(false);
  }

  private static void pauseBeforeRetry(int attempt) {
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(10, 30L * attempt));
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while retrying a booking", interrupted);
    }
  }

  private static boolean isOverlap(DataIntegrityViolationException failure) {
    return failure.getMostSpecificCause() instanceof SQLException sql && "23P01".equals(sql.getSQLState());
  }

  private static String message(BookingCheck.Rejected rejected) {
    return switch (rejected.reason()) {
      case INVALID_DURATION -> "The event type does not offer this duration.";
      case OUTSIDE_BOOKING_WINDOW -> "This date cannot be booked yet, or any more.";
      case TOO_SOON -> "This start is too soon to book.";
      case OUTSIDE_AVAILABILITY -> "The host is not available for the whole meeting.";
      case NOT_ON_GRID -> "Meetings start on the event type's grid; pick one of the offered times.";
      case CONFLICTS_WITH_BOOKING -> "Someone has booked this time.";
      case CONFLICTS_WITH_BUSY_TIME -> "The host is busy at this time.";
      case BUFFER_CONFLICT -> "This time is too close to another meeting of the host.";
      case LIMIT_REACHED -> "The host takes no more of these meetings that day or week.";
    };
  }

  private static UserError validation(String field, String message) {
    return UserError.onInput(field, UserError.VALIDATION, message);
  }

  private static String normalize(String email) {
    return EmailAddress.normalize(email);
  }


  private static String shorten(String value) {
    return value == null ? "" : value.length() <= 60 ? value : value.substring(0, 60) + "…";
  }


}
