package dev.slotwise.api.booking.internal;

import dev.slotwise.scheduling.ExistingBooking;
import dev.slotwise.scheduling.Interval;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Bookings in PostgreSQL, with the blocked range the exclusion constraint guards. */
@Component
class BookingStore {
  /** Every column of a booking row, as {@link #row} reads them. */
  static final String COLUMNS = """
      id, host_id, event_type_id, start_at, end_at, buffer_before, buffer_after, status, time_zone, guest_name,
      guest_email, additional_guests, notes, price_amount, price_currency, booked_by, idempotency_key,
      request_fingerprint, created_at""";
  private static final String INSERT = "insert into booking (" + COLUMNS + """
      , blocked, updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
      tstzrange(?::timestamptz - make_interval(mins => ?::int), ?::timestamptz + make_interval(mins => ?::int),
      '[)'), ?, 0)""";
  static final String ACTIVE = "status in ('PENDING', 'AWAITING_PAYMENT', 'CONFIRMED')";

  private final JdbcTemplate jdbc;

  BookingStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Waits until no other transaction is booking this host, and holds that until this transaction ends. Bookings
   * of one host then check and insert one after another: the check always sees the bookings before it, so
   * racers are refused by the check instead of colliding in the exclusion constraint (where two overlapping
   * inserts can deadlock), and daily and weekly limits hold under races too. The constraint stays the guarantee.
   */
  void lockHost(UUID hostId) {
    jdbc.query("select pg_advisory_xact_lock(hashtext('slotwise.booking.host'), hashtext(?))", rs -> { },
        hostId.toString());
  }

  void insert(BookingRow row) {
    jdbc.update(connection -> {
      PreparedStatement statement = connection.prepareStatement(INSERT);
      int i = 0;
      statement.setObject(++i, row.id());
      statement.setObject(++i, row.hostId());
      statement.setObject(++i, row.eventTypeId());
      statement.setTimestamp(++i, Timestamp.from(row.start()));
      statement.setTimestamp(++i, Timestamp.from(row.end()));
      statement.setInt(++i, row.bufferBefore());
      statement.setInt(++i, row.bufferAfter());
      statement.setString(++i, row.status());
      statement.setString(++i, row.timeZone());
      statement.setString(++i, row.guestName());
      statement.setString(++i, row.guestEmail());
      statement.setArray(++i, connection.createArrayOf("text", row.additionalGuests().toArray()));
      statement.setString(++i, row.notes());
      statement.setBigDecimal(++i, row.priceAmount());
      statement.setString(++i, row.priceCurrency());
      statement.setString(++i, row.bookedBy());
      statement.setString(++i, row.idempotencyKey());
      statement.setBytes(++i, row.requestFingerprint());
      statement.setTimestamp(++i, Timestamp.from(row.createdAt()));
      statement.setTimestamp(++i, Timestamp.from(row.start()));
      statement.setInt(++i, row.bufferBefore());
      statement.setTimestamp(++i, Timestamp.from(row.end()));
      statement.setInt(++i, row.bufferAfter());
      statement.setTimestamp(++i, Timestamp.from(row.createdAt()));
      return statement;
    });
  }

  Optional<BookingRow> findByIdempotencyKey(String bookedBy, String key) {
    return jdbc.query("select " + COLUMNS + " from booking where booked_by = ? and idempotency_key = ?",
        BookingStore::row, bookedBy, key).stream().findFirst();
  }

  Optional<BookingRow> find(UUID id) {
    return jdbc.query("select " + COLUMNS + " from booking where id = ?", BookingStore::row, id).stream().findFirst();
  }

  /** The booking, locked until the transaction ends. */
  Optional<BookingRow> findForUpdate(UUID id) {
    return jdbc.query("select " + COLUMNS + " from booking where id = ? for update", BookingStore::row, id)
        .stream().findFirst();
  }

  void cancel(UUID id, String cancelledBy, String reason, Instant now) {
    jdbc.update("update booking set status = 'CANCELLED', cancelled_by = ?, cancel_reason = ?, updated_at = ?, "
        + "version = version + 1 where id = ?", cancelledBy, reason, Timestamp.from(now), id);
  }

  /** A host's active bookings whose blocked ranges meet {@code [from, to)}, by start. */
  /**
   * The host's active bookings whose blocked time meets {@code [from, to)}, as busy time: only the columns the
   * calendar needs, since every slot query and booking reads them.
   */
  List<ExistingBooking> busyOfHost(UUID hostId, UUID eventTypeId, Instant from, Instant to) {
    return jdbc.query("select event_type_id, start_at, end_at, buffer_before, buffer_after from booking "
        + "where host_id = ? and " + ACTIVE + " and blocked && tstzrange(?::timestamptz, ?::timestamptz, '[)') "
        + "order by start_at", (rs, index) -> {
          Interval meeting = Interval.of(rs.getTimestamp("start_at").toInstant(), rs.getTimestamp("end_at").toInstant());
          Duration before = Duration.ofMinutes(rs.getInt("buffer_before"));
          Duration after = Duration.ofMinutes(rs.getInt("buffer_after"));
          return eventTypeId.equals(rs.getObject("event_type_id", UUID.class))
              ? ExistingBooking.ofThisEventType(meeting, before, after)
              : ExistingBooking.ofOtherEventType(meeting, before, after);
        }, hostId, Timestamp.from(from), Timestamp.from(to));
  }

  void recordRefusal(UUID hostId, UUID eventTypeId, String reason, Instant requestedStart, Instant now) {
    jdbc.update("insert into booking_refusal (host_id, event_type_id, reason, requested_start, refused_at) "
        + "values (?, ?, ?, ?, ?)", hostId, eventTypeId, reason, Timestamp.from(requestedStart), Timestamp.from(now));
  }

  static BookingRow row(ResultSet rs, int index) throws SQLException {
    Array guests = rs.getArray("additional_guests");
    return new BookingRow(rs.getObject("id", UUID.class), rs.getObject("host_id", UUID.class),
        rs.getObject("event_type_id", UUID.class), rs.getTimestamp("start_at").toInstant(),
        rs.getTimestamp("end_at").toInstant(), rs.getInt("buffer_before"), rs.getInt("buffer_after"),
        rs.getString("status"), rs.getString("time_zone"), rs.getString("guest_name"), rs.getString("guest_email"),
        Arrays.asList((String[]) guests.getArray()), rs.getString("notes"), rs.getBigDecimal("price_amount"),
        rs.getString("price_currency"), rs.getString("booked_by"), rs.getString("idempotency_key"),
        rs.getBytes("request_fingerprint"), rs.getTimestamp("created_at").toInstant());
  }
}
