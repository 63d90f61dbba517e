package dev.slotwise.api.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.slotwise.api.support.ApiTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Without spring.datasource.url, the application runs its own PostgreSQL, and Flyway migrates it. */
@ApiTest
class EmbeddedDatabaseTests {

  @Autowired
  private EmbeddedPostgres postgres;

  @Autowired
  private DataSource dataSource;

  @Autowired
  private JdbcTemplate jdbc;

  @Test
  void connectsToTheEmbeddedServer() {
    assertThat(dataSource).isInstanceOfSatisfying(HikariDataSource.class, pool ->
        assertThat(pool.getJdbcUrl()).contains("localhost:" + postgres.getPort() + "/"));
    assertThat(jdbc.queryForObject("show server_version_num", Integer.class)).isGreaterThanOrEqualTo(180000);
  }

  @Test
  void appliesThePlatformMigration() {
    assertThat(jdbc.queryForList("select version from flyway_schema_history where success", String.class))
        .contains("1.0");
    assertThat(jdbc.queryForObject("select to_regclass('rate_limit_hit') is not null", Boolean.class)).isTrue();
  }
}
