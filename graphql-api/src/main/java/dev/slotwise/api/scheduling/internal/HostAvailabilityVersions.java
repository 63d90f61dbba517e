package dev.slotwise.api.scheduling.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The per-host counter of availability changes (see the migration V1_5 for why it exists). */
@Component
class HostAvailabilityVersions {
  private final JdbcTemplate jdbc;

  HostAvailabilityVersions(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Raises the host's counter; call it in the transaction that changes the host's schedules or event types. */
  void changed(UUID hostId) {
    jdbc.update("insert into host_availability (host_id, version) values (?, 1) "
        + "on conflict (host_id) do update set version = host_availability.version + 1", hostId);
  }

  /** The host's counter as committed now (0 if it was never raised). */
  long current(UUID hostId) {
    List<Long> versions = jdbc.queryForList("select version from host_availability where host_id = ?", Long.class,
        hostId);
    return versions.isEmpty() ? 0 : versions.get(0);
  }
}
