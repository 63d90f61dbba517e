package dev.slotwise.api.booking.internal;

import dev.slotwise.api.booking.internal.BookingQueries.Conditions;
import dev.slotwise.api.booking.internal.BookingQueries.Position;
import dev.slotwise.api.booking.internal.BookingQueries.References;
import dev.slotwise.api.booking.internal.BookingViews.BookingEventTypeView;
import dev.slotwise.api.booking.internal.BookingViews.BookingFilter;
import dev.slotwise.api.booking.internal.BookingViews.BookingHostView;
import dev.slotwise.api.booking.internal.BookingViews.BookingView;
import dev.slotwise.api.identity.Caller;
import dev.slotwise.api.identity.UserDirectory;
import dev.slotwise.api.identity.UserDirectory.PublicUser;
import dev.slotwise.api.identity.UserId;
import dev.slotwise.api.platform.ApiException;
import dev.slotwise.api.platform.ErrorCode;
import dev.slotwise.api.platform.GlobalId;
import dev.slotwise.api.scheduling.EventTypeCalendars;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.pagination.CursorStrategy;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A host's own bookings as a Relay connection, and the relations of any booking the API shows (its event type and
 * its host), each loaded for a whole list of bookings at once. A cursor is a keyset position {@code (start, id)},
 * written and read by the application's cursor strategy: unlike an offset, a booking made between two requests
 * cannot shift the next page so that it repeats or skips one.
 */
@Service
class HostBookingsService {
  static final int MAX_PAGE = 100;
  private static final String START = "start";
  private static final String ID = "id";
  private static final String EVENT_TYPE = "EventType";
  private static final String USER = "User";

  private final BookingQueries queries;
  private final EventTypeCalendars calendars;
  private final UserDirectory users;
  private final Caller caller;
  private final CursorStrategy<ScrollPosition> cursors;

  HostBookingsService(BookingQueries queries, EventTypeCalendars calendars, UserDirectory users, Caller caller,
      CursorStrategy<ScrollPosition> cursors) {
    this.queries = queries;
    this.calendars = calendars;
    this.users = users;
    this.caller = caller;
    this.cursors = cursors;
  }

  @PreAuthorize("hasAnyRole('HOST', 'ADMIN')")
  public Window<BookingView> bookings(int first, String after, BookingFilter filter) {
    UUID hostId = caller.requireSignedIn().id().value();
    if (first < 1 || first > MAX_PAGE) {
      throw badRequest("first", "first must be 1 to " + MAX_PAGE + ", was " + first);
    }
    Position position = after == null ? null : position(after);
    List<BookingRow> rows = queries.pageOfHost(hostId, conditions(filter), position, first + 1);
    List<BookingRow> page = rows.subList(0, Math.min(first, rows.size()));
    return Window.from(page.stream().map(BookingView::of).toList(), index -> ScrollPosition.forward(Map.of(
        START, page.get(index).start().toString(), ID, page.get(index).id().toString())), rows.size() > first);
  }

  /** The event types of these bookings; those whose event type was deleted are left out. */
  public Map<BookingView, BookingEventTypeView> eventTypes(List<BookingView> bookings) {
    Map<BookingView, References> references = references(bookings);
    Map<UUID, String> titles = calendars.titles(references.values().stream().map(References::eventTypeId)
        .collect(Collectors.toSet()));
    Map<BookingView, BookingEventTypeView> eventTypes = new HashMap<>();
    references.forEach((booking, refers) -> {
      String title = titles.get(refers.eventTypeId());
      if (title != null) {
        eventTypes.put(booking, new BookingEventTypeView(GlobalId.encode(EVENT_TYPE, refers.eventTypeId()), title));
      }
    });
    return eventTypes;
  }

  /** The hosts of these bookings, as their public faces. */
  public Map<BookingView, BookingHostView> hosts(List<BookingView> bookings) {
    Map<BookingView, References> references = references(bookings);
    Map<UserId, PublicUser> faces = users.findAll(references.values().stream()
        .map(refers -> new UserId(refers.hostId())).collect(Collectors.toSet()));
    Map<BookingView, BookingHostView> hosts = new HashMap<>();
    references.forEach((booking, refers) -> {
      PublicUser host = faces.get(new UserId(refers.hostId()));
      if (host != null) {
        hosts.put(booking, new BookingHostView(GlobalId.encode(USER, refers.hostId()), host.name(), host.username(),
            host.timeZone()));
      }
    });
    return hosts;
  }

  /** What each booking refers to, read for all of them in one query. */
  private Map<BookingView, References> references(List<BookingView> bookings) {
    Map<BookingView, UUID> ids = new HashMap<>();
    bookings.forEach(booking -> ids.put(booking, GlobalId.decode(BookingViews.BOOKING, booking.id())));
    Map<UUID, References> byId = queries.references(Set.copyOf(ids.values()));
    Map<BookingView, References> references = new HashMap<>();
    ids.forEach((booking, id) -> {
      if (byId.containsKey(id)) {
        references.put(booking, byId.get(id));
      }
    });
    return references;
  }

  private Position position(String after) {
    try {
      if (cursors.fromCursor(after) instanceof KeysetScrollPosition keyset && keyset.scrollsForward()) {
        return new Position(Instant.parse((String) keyset.getKeys().get(START)),
            UUID.fromString((String) keyset.getKeys().get(ID)));
      }
    } catch (RuntimeException malformed) {
      // Falls through: whatever is wrong with it, it is not a cursor this list gave out.
    }
    throw badRequest("after", "after must be a cursor of this list");
  }

  private static Conditions conditions(BookingFilter filter) {
    if (filter == null) {
      return new Conditions(List.of(), null, null);
    }
    Instant from = instant(filter.from());
    Instant to = instant(filter.to());
    if (from != null && to != null && to.isBefore(from)) {
      throw badRequest("to", "filter.to must not be before filter.from");
    }
    return new Conditions(filter.status() == null ? List.of() : List.copyOf(Set.copyOf(filter.status())), from, to);
  }

  private static Instant instant(OffsetDateTime dateTime) {
    return dateTime == null ? null : dateTime.toInstant();
  }

  private static ApiException badRequest(String field, String message) {
    return new ApiException(ErrorCode.BAD_REQUEST, message, Map.of("field", field));
  }
}
