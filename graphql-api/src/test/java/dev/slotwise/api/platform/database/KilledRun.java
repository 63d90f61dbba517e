package dev.slotwise.api.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.sql.Connection;
import java.sql.Statement;

/**
 * A run of the embedded server in a JVM of its own, which {@link LeftoverPostmasterTests} kills outright: it
 * starts PostgreSQL on the data directory given as its argument, writes a row, says {@value #READY} and waits.
 */
final class KilledRun {
  static final String READY = "READY";

  private KilledRun() {}

  public static void main(String[] arguments) throws Exception {
    EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(new File(arguments[0]))
        .setCleanDataDirectory(false).start();
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("create table survivor (name text)");
      statement.execute("insert into survivor values ('kept')");
    }
    System.out.println(READY);
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }
}
