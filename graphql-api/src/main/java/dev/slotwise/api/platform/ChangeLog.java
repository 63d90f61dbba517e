package dev.slotwise.api.platform;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit trail: who changed what, when, and how it looked before and after. Written in the transaction of
 * the change itself, so a change and its record commit or roll back together.
 */
@Component
public class ChangeLog {
  private static final String INSERT = """
      insert into change_log (module, entity_type, entity_id, action, actor, changed_at, before_data, after_data)
      values (?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb)""";

  private final JdbcTemplate jdbc;
  private final JsonMapper json;
  private final Clock clock;

  ChangeLog(JdbcTemplate jdbc, JsonMapper json, Clock clock) {
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
  }

  /**
   * Records one change.
   *
   * @param module the module that owns the entity, such as {@code scheduling}
   * @param entityType the entity's type, such as {@code Schedule}
   * @param entityId the entity
   * @param action what happened: {@code CREATED}, {@code UPDATED}, {@code DELETED}, or a domain verb
   * @param actor who did it: a user id, {@code guest:<email>}, or {@code system}
   * @param before the entity before, serialized as JSON; null when it did not exist
   * @param after the entity after, serialized as JSON; null when it no longer exists
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void record(String module, String entityType, UUID entityId, String action, String actor, Object before,
      Object after) {
    jdbc.update(INSERT, module, entityType, entityId, action, actor, Timestamp.from(clock.instant()),
        before == null ? null : json.writeValueAsString(before), after == null ? null : json.writeValueAsString(after));
  }
}
