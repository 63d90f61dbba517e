package dev.slotwise.api.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.slotwise.api.support.ApiTest;
import dev.slotwise.api.support.SeparateApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.test.tester.WebGraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * With spring.datasource.url set, as SPRING_DATASOURCE_URL in a container, the application uses that server and
 * starts none of its own. A second application, pointed at the shared test database, shows it.
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConfiguredDatabaseTests {

  @Autowired
  private EmbeddedPostgres sharedTestDatabase;

  private ConfigurableApplicationContext application;

  @BeforeAll
  void startApplicationOnTheSharedDatabase() {
    application = SeparateApplication.start(
        "--spring.datasource.url=" + sharedTestDatabase.getJdbcUrl("postgres", "postgres"),
        "--spring.datasource.username=postgres",
        "--spring.datasource.password=",
        // Introspection off in the same run, to spare a third start-up.
        "--spring.graphql.schema.introspection.enabled=false");
  }

  @AfterAll
  void stopApplication() {
    if (application != null) {
      application.close();
    }
  }

  @Test
  void startsNoEmbeddedServer() {
    assertThat(application.getBeanProvider(EmbeddedPostgres.class).getIfAvailable()).isNull();
    assertThat(application.getBean(DataSource.class)).isInstanceOfSatisfying(HikariDataSource.class, pool ->
        assertThat(pool.getJdbcUrl()).contains("localhost:" + sharedTestDatabase.getPort() + "/"));
  }

  @Test
  void findsTheSchemaAlreadyMigratedAndServesRequests() {
    JdbcTemplate jdbc = new JdbcTemplate(application.getBean(DataSource.class));
    assertThat(jdbc.queryForList("select version from flyway_schema_history where success", String.class))
        .doesNotHaveDuplicates().contains("1.0");

    graphQl().document("{ apiInfo { name } }").execute().path("apiInfo.name").entity(String.class)
        .isEqualTo("slotwise");
  }

  @Test
  void refusesIntrospectionWhenSwitchedOff() {
    graphQl().document("{ __schema { types { name } } }").execute().errors()
        .satisfy(errors -> assertThat(errors).isNotEmpty()
            .allSatisfy(error -> assertThat(error.getExtensions()).containsEntry("code", "INVALID_QUERY")));
  }

  // The handler behind /graphql, interceptors included; going around HTTP keeps this test about the database and
  // the schema, not about who may call.
  private WebGraphQlTester graphQl() {
    return WebGraphQlTester.create(application.getBean(WebGraphQlHandler.class));
  }
}
