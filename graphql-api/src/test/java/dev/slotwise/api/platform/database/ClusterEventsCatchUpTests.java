package dev.slotwise.api.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.slotwise.api.support.ApiTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * After the listener's connection is cut, the catch-ups run from the moment it last heard the database; one that
 * the database fails runs again from that same moment, so a second outage cannot make a gap for good. Each test
 * runs a listener of its own on the shared database, and cuts only that one.
 */
@ApiTest
class ClusterEventsCatchUpTests {
  private static final String CHANNEL = "catch_up_test";

  @Autowired
  private JdbcTemplate jdbc;
  @Autowired
  private DataSource dataSource;

  @Test
  void aCatchUpTheDatabaseFailsRunsAgainFromTheSameMoment() throws Exception {
    List<Instant> asked = new CopyOnWriteArrayList<>();
    withListener(events -> {
      events.onReconnect(since -> {
        asked.add(since);
        if (asked.size() == 1) {
          throw new DataAccessResourceFailureException("The database went away again");
        }
      });
      cutListenerOf(events);
      await().atMost(Duration.ofSeconds(15)).until(() -> asked.size() >= 2);
      return null;
    });

    assertThat(asked.get(1)).isEqualTo(asked.get(0));
  }

  @Test
  void aCatchUpThatFailsForAnotherReasonIsLeftAndTheListenerListensOn() throws Exception {
    List<Instant> asked = new CopyOnWriteArrayList<>();
    String heard = withListener(events -> {
      events.onReconnect(since -> {
        asked.add(since);
        throw new IllegalStateException("A bug in a catch-up");
      });
      CompletableFuture<String> next = events.listen(CHANNEL).next().toFuture();
      cutListenerOf(events);
      await().atMost(Duration.ofSeconds(15)).until(() -> asked.size() == 1);
      // LISTEN is sent before the catch-ups run, so the listener hears what is sent from now on.
      jdbc.queryForList("select pg_notify(?, 'after the cut')", CHANNEL);
      return next.get(10, TimeUnit.SECONDS);
    });

    assertThat(heard).isEqualTo("after the cut");
    assertThat(asked).hasSize(1);
  }

  /** What a test does with its listener. */
  private interface WithListener<T> {
    T run(PostgresClusterEvents events) throws Exception;
  }

  private <T> T withListener(WithListener<T> test) throws Exception {
    PostgresClusterEvents events = new PostgresClusterEvents(jdbc, dataSource, Clock.systemUTC());
    events.listen(CHANNEL);
    events.start();
    try {
      await().atMost(Duration.ofSeconds(10)).until(() -> events.listenerBackendPid() > 0);
      return test.run(events);
    } finally {
      events.stop();
    }
  }

  /** Ends the listener's connection, and waits until it has a new one. */
  private void cutListenerOf(PostgresClusterEvents events) {
    int pid = events.listenerBackendPid();
    assertThat(jdbc.queryForObject("select pg_terminate_backend(?)", Boolean.class, pid)).isTrue();
    await().atMost(Duration.ofSeconds(10)).until(() -> events.listenerBackendPid() > 0
        && events.listenerBackendPid() != pid);
  }
}
