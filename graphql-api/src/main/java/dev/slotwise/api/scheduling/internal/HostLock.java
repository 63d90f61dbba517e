package dev.slotwise.api.scheduling.internal;

import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Serializes the changes to one host's schedules and event types, on every API instance. Rules that span rows
 * (one default schedule, one active event type on the FREE plan, unique slugs) are checked by reading the host's
 * rows and then writing; two such transactions side by side would both pass the check. A transaction-scoped
 * advisory lock per host makes the second wait until the first commits, and then read what it wrote. It works
 * where a row lock cannot: when the host has no rows yet.
 */
@Component
class HostLock {
  // Two keys: a namespace for this lock, then the host. Other advisory locks use other namespaces.
  private static final String LOCK = "select pg_advisory_xact_lock(hashtext('slotwise.scheduling.host'), hashtext(?))";

  private final JdbcTemplate jdbc;

  HostLock(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Waits for, then holds until the transaction ends, the lock of the host's scheduling data. */
  @Transactional(propagation = Propagation.MANDATORY)
  void lock(UUID hostId) {
    jdbc.query(LOCK, row -> { }, hostId.toString());
  }
}
