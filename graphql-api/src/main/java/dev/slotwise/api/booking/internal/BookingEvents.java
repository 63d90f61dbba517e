package dev.slotwise.api.booking.internal;

import dev.slotwise.api.platform.ClusterEvents;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import tools.jackson.databind.json.JsonMapper;

/**
 * Booking changes as events that reach every instance: published in the transaction of the change (delivered on
 * commit), heard by each instance's listener, and replayed from the table after a lost connection.
 */
@Component
class BookingEvents {
  static final String CHANNEL = "slotwise_booking_changes";
  /** Commits can land a little after their rows' timestamps; catch-up looks back this much further. */
  private static final java.time.Duration CATCH_UP_SLACK = java.time.Duration.ofSeconds(30);

  /** One change: which booking, whose, and what happened. */
  record Change(UUID bookingId, UUID hostId, UUID eventTypeId, String action) {}

  private final ClusterEvents cluster;
  private final JsonMapper json;
  private final JdbcTemplate jdbc;
  private final Sinks.Many<Change> replayed = Sinks.many().multicast().directBestEffort();
  private final Flux<Change> changes;

  BookingEvents(ClusterEvents cluster, JsonMapper json, JdbcTemplate jdbc) {
    this.cluster = cluster;
    this.json = json;
    this.jdbc = jdbc;
    Flux<Change> heard = cluster.listen(CHANNEL).map(payload -> json.readValue(payload, Change.class));
    this.changes = Flux.merge(heard, replayed.asFlux()).share();
    cluster.onReconnect(this::replaySince);
  }

  /** Announces a change; call inside the transaction that makes it. */
  void publish(BookingRow booking, String action) {
    cluster.publish(CHANNEL, json.writeValueAsString(new Change(booking.id(), booking.hostId(),
        booking.eventTypeId(), action)));
  }

  Flux<Change> changes() {
    return changes;
  }

  /** What changed while this instance was not listening, from the table; subscribers may see some twice. */
  private void replaySince(Instant since) {
    jdbc.query("select id, host_id, event_type_id, status from booking where updated_at >= ? order by updated_at",
        (row, index) -> new Change(row.getObject(1, UUID.class), row.getObject(2, UUID.class),
            row.getObject(3, UUID.class), BookingRow.CANCELLED.equals(row.getString(4)) ? "CANCELLED" : "CREATED"),
        java.sql.Timestamp.from(since.minus(CATCH_UP_SLACK)))
        .forEach(replayed::tryEmitNext);
  }
}
