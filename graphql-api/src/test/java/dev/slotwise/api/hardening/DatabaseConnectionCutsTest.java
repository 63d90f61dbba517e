package dev.slotwise.api.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slotwise.api.hardening.PatientClient.Answer;
import dev.slotwise.api.support.ApiTest;
import dev.slotwise.api.support.LiveSubscription;
import dev.slotwise.api.support.Mailbox;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bookings keep coming while every database connection of the application is cut, again and again
 * ({@code pg_terminate_backend}, as a failover or an administrator would). Clients that retry with their
 * idempotency key all get an answer; no booking is lost or made twice; the application heals by itself; and a
 * host's subscription, open throughout, hears every booking, those made while its listener was cut off through
 * the listener's catch-up.
 */
@ApiTest
class DatabaseConnectionCutsTest {
  private static final int CLIENTS = 16;
  private static final int BOOKINGS_PER_CLIENT = 8;
  /** Requests answered between two rounds of cuts: 16 rounds over the load. */
  private static final int ANSWERS_BETWEEN_CUTS = 8;

  @Autowired
  private Mailbox mailbox;
  @Autowired
  private JdbcTemplate jdbc;
  @Autowired
  private EmbeddedPostgres database;
  @LocalServerPort
  private int port;

  @Test
  void bookingsSurviveConnectionCutsExactlyOnceAndEveryChangeIsHeard() throws Exception {
    FaultLoad load = FaultLoad.prepare(mailbox, port, "cut");
    try (LiveSubscription heard = load.subscribeToFirstHost()) {
      List<Answer> probes = load.bookUntilHeard(heard);

      List<Answer> answers = new ArrayList<>();
      ConnectionCutter cutter = new ConnectionCutter(database.getJdbcUrl("postgres", "postgres"),
          load.client()::answered, ANSWERS_BETWEEN_CUTS);
      try {
        answers.addAll(load.bookConcurrently(CLIENTS, load.requests(CLIENTS * BOOKINGS_PER_CLIENT)));
      } finally {
        cutter.close();
      }

      System.out.printf("Connection cuts: %d requests, %d rounds of cuts, %d connections cut (%d of them the "
          + "listener's), retries by reason %s, most attempts for one request %d%n", answers.size(),
          cutter.rounds(), cutter.connectionsCut(), cutter.listenerCuts(), load.client().retries(),
          answers.stream().mapToInt(Answer::attempts).max().orElse(0));
      assertThat(FaultLoad.outcomes(answers)).as("every request booked its free slot")
          .isEqualTo(Map.of("BOOKED", (long) answers.size()));
      assertThat(cutter.listenerCuts()).as("times the listener was cut").isPositive();
      // Every failure the cuts caused was classified: UNAVAILABLE from GraphQL, 503 from the session check.
      assertThat(load.client().retries().keySet()).as("reasons for retries").isNotEmpty()
          .isSubsetOf("UNAVAILABLE", "HTTP 503 UNAVAILABLE");

      load.awaitHealthy(cutter.lastCut());
      Answer afterwards = load.client().book(load.probes(1).getFirst());
      assertThat(afterwards.outcome()).isEqualTo("BOOKED");
      assertThat(afterwards.attempts()).as("attempts of a request after the cuts").isEqualTo(1);
      System.out.printf("Healthy, and booking at the first attempt, %d ms after the last cut%n",
          Duration.between(cutter.lastCut(), afterwards.at()).toMillis());
      answers.add(afterwards);

      load.assertEachRetryReturnsTheSameBooking(answers);
      List<Answer> all = new ArrayList<>(answers);
      all.addAll(probes);
      load.assertExactlyTheAnsweredBookingsExist(jdbc, all);
      load.awaitHeard(heard, answers);
    }
  }
}
