package dev.slotwise.api.booking.internal;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads of bookings for listing them: a host's bookings a page at a time, by {@code (start_at, id)} after a
 * position (keyset pagination, so a page costs the same wherever it lies), and the references of many bookings at
 * once for their relation fields.
 */
@Component
class BookingQueries {
  /** Where a page starts: after the booking with this start and id. */
  record Position(Instant start, UUID id) {}

  /** Which bookings to list; an empty status list and null instants leave those conditions out. */
  record Conditions(List<String> statuses, Instant from, Instant to) {}

  /** What a booking refers to in other modules. */
  record References(UUID hostId, UUID eventTypeId) {}

  private final JdbcTemplate jdbc;

  BookingQueries(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Up to {@code limit} of the host's bookings that meet the conditions, after {@code after} if given. */
  List<BookingRow> pageOfHost(UUID hostId, Conditions conditions, Position after, int limit) {
    StringBuilder sql = new StringBuilder("select " + BookingStore.COLUMNS + " from booking where host_id = ?");
    List<Object> arguments = new ArrayList<>(List.of(hostId));
    if (!conditions.statuses().isEmpty()) {
      sql.append(" and status in (").append(String.join(", ", Collections.nCopies(conditions.statuses().size(), "?")))
          .append(")");
      arguments.addAll(conditions.statuses());
    }
    if (conditions.from() != null) {
      sql.append(" and start_at >= ?");
      arguments.add(Timestamp.from(conditions.from()));
    }
    if (conditions.to() != null) {
      sql.append(" and start_at < ?");
      arguments.add(Timestamp.from(conditions.to()));
    }
    if (after != null) {
      sql.append(" and (start_at, id) > (?, ?)");
      arguments.add(Timestamp.from(after.start()));
      arguments.add(after.id());
    }
    sql.append(" order by start_at, id limit ?");
    arguments.add(limit);
    return jdbc.query(sql.toString(), BookingStore::row, arguments.toArray());
  }

  /** The references of these bookings, by booking id, in one query; unknown ids are left out. */
  Map<UUID, References> references(Collection<UUID> bookingIds) {
    Map<UUID, References> found = new HashMap<>();
    jdbc.query(connection -> {
      PreparedStatement statement = connection.prepareStatement(
          "select id, host_id, event_type_id from booking where id = any(?)");
      statement.setArray(1, connection.createArrayOf("uuid", bookingIds.toArray()));
      return statement;
    }, (ResultSet rs) -> {
      found.put(rs.getObject("id", UUID.class), new References(rs.getObject("host_id", UUID.class),
          rs.getObject("event_type_id", UUID.class)));
    });
    return found;
  }

}
