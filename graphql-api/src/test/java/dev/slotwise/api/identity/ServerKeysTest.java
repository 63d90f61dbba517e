package dev.slotwise.api.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slotwise.api.support.ApiTest;
import dev.slotwise.api.support.Callers;
import dev.slotwise.api.support.Mailbox;
import dev.slotwise.api.support.SeparateApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Keys made in development are kept in the database: another instance on the same database, or the same one
 * restarted, accepts the tokens already handed out, and sees a logout made through any instance at once.
 */
@ApiTest
class ServerKeysTest {
  @Autowired
  private HttpGraphQlTester graphQl;
  @Autowired
  private Mailbox mailbox;
  @Autowired
  private EmbeddedPostgres sharedDatabase;

  @Test
  void anotherInstanceOnTheSameDatabaseAcceptsTokensAndSeesLogouts() {
    Callers.Host host = new Callers(graphQl, mailbox).newHost("instances", "UTC");
    try (ConfigurableApplicationContext second = SeparateApplication.start(
        "--spring.datasource.url=" + sharedDatabase.getJdbcUrl("postgres", "postgres"),
        "--spring.datasource.username=postgres", "--spring.datasource.password=")) {
      WebTestClient secondInstance = WebTestClient.bindToServer()
          .baseUrl("http://localhost:" + second.getEnvironment().getProperty("local.server.port")).build();

      secondInstance.post().uri("/graphql").header(HttpHeaders.AUTHORIZATION, "Bearer " + host.accessToken())
          .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("query", "{ me { email } }"))
          .exchange().expectStatus().isOk().expectBody().jsonPath("$.data.me.email").isEqualTo(host.email());

      host.tester().documentName("logout").execute().path("logout.sessionsEnded").entity(Integer.class)
          .isEqualTo(1);

      secondInstance.post().uri("/graphql").header(HttpHeaders.AUTHORIZATION, "Bearer " + host.accessToken())
          .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("query", "{ me { email } }"))
          .exchange().expectStatus().isUnauthorized();
    }
  }

  @Test
  void productionRefusesToStartWithoutConfiguredKeys() {
    assertThatThrownBy(() -> SeparateApplication.start("--spring.profiles.active=production",
        "--spring.mail.host=localhost",
        "--spring.datasource.url=" + sharedDatabase.getJdbcUrl("postgres", "postgres"),
        "--spring.datasource.username=postgres", "--spring.datasource.password=").close())
        .hasStackTraceContaining("slotwise.identity.jwt-private-key")
        .hasStackTraceContaining("slotwise.identity.code-secret");
  }
}
