package dev.slotwise.api.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slotwise.api.support.ApiTest;
import dev.slotwise.api.support.Callers;
import dev.slotwise.api.support.Mailbox;
import dev.slotwise.api.support.SeparateApplication;
import dev.slotwise.api.support.StatementCounter;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

/** availableSlots loads its inputs in a fixed number of statements, whatever the range asked for. */
@ApiTest
class AvailableSlotsQueryCountTest {
  @Autowired
  private HttpGraphQlTester graphQl;
  @Autowired
  private Mailbox mailbox;
  @Autowired
  private EmbeddedPostgres sharedDatabase;

  @Test
  void aWeekAndNinetyTwoDatesCostTheSameStatements() {
    Callers callers = new Callers(graphQl, mailbox);
    Callers.Host host = callers.newHost("counted", "Europe/Berlin");
    String eventType = callers.firstEventType(host);
    LocalDate from = LocalDate.now().plusDays(1);

    try (ConfigurableApplicationContext counted = SeparateApplication.start(
        "--spring.main.sources=" + StatementCounter.class.getName(),
        "--spring.datasource.url=" + sharedDatabase.getJdbcUrl("postgres", "postgres"),
        "--spring.datasource.username=postgres", "--spring.datasource.password=")) {
      HttpGraphQlTester client = HttpGraphQlTester.builder(WebTestClient.bindToServer()
          .baseUrl("http://localhost:" + counted.getEnvironment().getProperty("local.server.port") + "/graphql"))
          .build();
      StatementCounter counter = counted.getBean(StatementCounter.class);
      slots(client, eventType, from, from.plusDays(6));

      long week = counter.during(() -> slots(client, eventType, from, from.plusDays(6)));
      long quarter = counter.during(() -> slots(client, eventType, from, from.plusDays(91)));

      assertThat(quarter).as("statements for 92 dates and for 7").isEqualTo(week).isPositive();
    }
  }

  private static void slots(HttpGraphQlTester client, String eventType, LocalDate from, LocalDate to) {
    client.documentName("availableSlots").variable("eventTypeId", eventType).variable("from", from.toString())
        .variable("to", to.toString()).variable("timeZone", "America/New_York").execute()
        .path("availableSlots.days").entityList(Map.class).hasSizeGreaterThan(0);
  }
}
