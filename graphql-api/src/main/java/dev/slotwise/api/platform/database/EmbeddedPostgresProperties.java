package dev.slotwise.api.platform.database;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the PostgreSQL server the application starts when no datasource URL is configured.
 *
 * @param dataDirectory where the database keeps its files between runs; blank for throw-away data
 * @param port the port to listen on; 0 picks a free one
 * @param maximumPoolSize connections the application keeps open to it
 */
@ConfigurationProperties("slotwise.embedded-postgres")
record EmbeddedPostgresProperties(String dataDirectory, @DefaultValue("0") int port,
    @DefaultValue("20") int maximumPoolSize) {}
