package dev.slotwise.api.platform;

import java.time.Instant;
import java.util.function.Consumer;
import reactor.core.publisher.Flux;

/**
 * Events that every API instance sharing the database hears: PostgreSQL {@code NOTIFY} out, one dedicated
 * {@code LISTEN} connection per instance in. A notification sent inside a transaction is delivered when, and only
 * if, it commits. When the listening connection drops, the instance reconnects and runs the catch-up callbacks
 * with the moment it last heard the database, so modules can replay what they missed.
 */
public interface ClusterEvents {

  /** Sends an event on a channel, in the caller's transaction; the payload must be under 8,000 bytes. */
  void publish(String channel, String payload);

  /** Every payload this instance hears on the channel from now on, from any instance. */
  Flux<String> listen(String channel);

  /** Registers what to run after a reconnection, given the instant from which events may have been missed. */
  void onReconnect(Consumer<Instant> catchUp);
}
