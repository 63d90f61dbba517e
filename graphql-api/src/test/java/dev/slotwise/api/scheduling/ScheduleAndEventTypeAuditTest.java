package dev.slotwise.api.scheduling;

import static dev.slotwise.api.scheduling.ScheduleTestHosts.createEventType;
import static dev.slotwise.api.scheduling.ScheduleTestHosts.createSchedule;
import static dev.slotwise.api.scheduling.ScheduleTestHosts.eventTypeInput;
import static dev.slotwise.api.scheduling.ScheduleTestHosts.eventTypes;
import static dev.slotwise.api.scheduling.ScheduleTestHosts.rule;
import static dev.slotwise.api.scheduling.ScheduleTestHosts.scheduleInput;
import static dev.slotwise.api.scheduling.ScheduleTestHosts.uniqueSlug;
import static dev.slotwise.api.scheduling.ScheduleTestHosts.weekdays;
import static dev.slotwise.api.scheduling.ScheduleTestHosts.with;
import static org.assertj.core.api.Assertions.assertThat;

import dev.slotwise.api.platform.GlobalId;
import dev.slotwise.api.support.ApiTest;
import dev.slotwise.api.support.Callers;
import dev.slotwise.api.support.Mailbox;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every change to a schedule or an event type leaves exactly one change-log row, written in the change's own
 * transaction: a refused change leaves none, and a change whose commit fails leaves neither the change nor the row.
 */
@ApiTest
class ScheduleAndEventTypeAuditTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired
  private HttpGraphQlTester graphQl;
  @Autowired
  private Mailbox mailbox;
  @Autowired
  private JdbcTemplate jdbc;
  private ScheduleTestHosts hosts;

  @BeforeEach
  void setUp() {
    hosts = new ScheduleTestHosts(graphQl, mailbox, jdbc);
  }

  /** One row of the change log, its JSON read into maps. */
  record Change(String module, String entityType, String action, String actor, Map<String, Object> before,
      Map<String, Object> after) {}

  @Test
  void eachScheduleChangeWritesOneRowWithTheScheduleBeforeAndAfter() {
    Callers.Host owner = hosts.blankHost("aud-sched", "UTC");
    HttpGraphQlTester host = owner.tester();
    String actor = ScheduleTestHosts.uuid(owner).toString();
    String first = createSchedule(host, scheduleInput("First", "UTC", weekdays()));
    String second = createSchedule(host, scheduleInput("Second", "Europe/Berlin", List.of(rule("MONDAY", "09:00",
        "24:00"))));

    assertThat(changes(first)).singleElement().satisfies(change -> {
      assertThat(change).extracting(Change::module, Change::entityType, Change::action, Change::actor,
          Change::before).containsExactly("scheduling", "Schedule", "CREATED", actor, null);
      assertThat(change.after()).containsEntry("id", first).containsEntry("name", "First")
          .containsEntry("timeZone", "UTC").containsEntry("isDefault", true);
      assertThat((List<?>) change.after().get("weeklyRules")).hasSize(5);
    });

    host.documentName("updateSchedule").variable("input", Map.of("id", second, "name", "Renamed",
        "makeDefault", true)).execute().path("updateSchedule.userErrors").entityList(Object.class).hasSize(0);

    // The new default changed, and so did the old one.
    assertThat(changes(second)).extracting(Change::action).containsExactly("CREATED", "UPDATED");
    assertThat(changes(second).get(1)).satisfies(change -> {
      assertThat(change.before()).containsEntry("name", "Second").containsEntry("isDefault", false);
      assertThat(change.after()).containsEntry("name", "Renamed").containsEntry("isDefault", true);
    });
    assertThat(changes(first)).extracting(Change::action).containsExactly("CREATED", "UPDATED");
    assertThat(changes(first).get(1).after()).containsEntry("isDefault", false);

    host.documentName("deleteSchedule").variable("id", first).execute()
        .path("deleteSchedule.userErrors").entityList(Object.class).hasSize(0);

    assertThat(changes(first)).extracting(Change::action).containsExactly("CREATED", "UPDATED", "DELETED");
    assertThat(changes(first).get(2)).satisfies(change -> {
      assertThat(change.before()).containsEntry("name", "First");
      assertThat(change.after()).isNull();
    });
  }

  @Test
  void theRulesOfAScheduleAreLoggedAsTheyRead() {
    HttpGraphQlTester host = hosts.blankHost("aud-rules", "UTC").tester();
    String id = createSchedule(host, scheduleInput("Late", "UTC", List.of(with(with(rule("FRIDAY", "22:00",
        "24:00"), "from", "2026-01-01"), "until", "2026-12-31"))));

    assertThat(changes(id).get(0).after().get("weeklyRules")).isEqualTo(List.of(Map.of("dayOfWeek", "FRIDAY",
        "start", "22:00", "end", "24:00", "kind", "AVAILABLE", "from", "2026-01-01", "until", "2026-12-31")));
  }

  @Test
  void eachEventTypeChangeWritesOneRowWithTheEventTypeBeforeAndAfter() {
    Callers.Host owner = hosts.blankHost("aud-event", "UTC");
    HttpGraphQlTester host = owner.tester();
    String actor = ScheduleTestHosts.uuid(owner).toString();
    createSchedule(host, scheduleInput("Default", "UTC", weekdays()));
    String evenings = createSchedule(host, scheduleInput("Evenings", "UTC", List.of()));
    String id = createEventType(host, with(eventTypeInput(uniqueSlug("audited")), "scheduleId", evenings));

    assertThat(changes(id)).singleElement().satisfies(change -> {
      assertThat(change).extracting(Change::module, Change::entityType, Change::action, Change::actor,
          Change::before).containsExactly("scheduling", "EventType", "CREATED", actor, null);
      assertThat(change.after()).containsEntry("id", id).containsEntry("active", true)
          .containsEntry("scheduleId", GlobalId.decode("Schedule", evenings).toString());
    });

    host.documentName("updateEventType").variable("input", Map.of("id", id, "title", "New title")).execute()
        .path("updateEventType.userErrors").entityList(Object.class).hasSize(0);
    assertThat(changes(id)).hasSize(2).last().satisfies(change -> {
      assertThat(change.action()).isEqualTo("UPDATED");
      assertThat(change.before()).containsEntry("title", "Meeting " + change.before().get("slug"));
      assertThat(change.after()).containsEntry("title", "New title");
    });

    // Deleting its schedule changes the event type too: it falls back to the default.
    host.documentName("deleteSchedule").variable("id", evenings).execute()
        .path("deleteSchedule.userErrors").entityList(Object.class).hasSize(0);
    assertThat(changes(id)).hasSize(3).last().satisfies(change -> {
      assertThat(change.action()).isEqualTo("UPDATED");
      assertThat(change.before()).containsEntry("scheduleId", GlobalId.decode("Schedule", evenings).toString());
      assertThat(change.after()).containsEntry("scheduleId", null);
    });

    host.documentName("deleteEventType").variable("id", id).execute()
        .path("deleteEventType.userErrors").entityList(Object.class).hasSize(0);
    assertThat(changes(id)).extracting(Change::action).containsExactly("CREATED", "UPDATED", "UPDATED", "DELETED");
    assertThat(changes(id).get(3).after()).isNull();
  }

  @Test
  void aRefusedChangeWritesNoRow() {
    Callers.Host owner = hosts.blankHost("aud-refuse", "UTC");
    HttpGraphQlTester host = owner.tester();
    String id = createEventType(host, eventTypeInput(uniqueSlug("kept")));
    long rowsBefore = rowsBy(owner);

    host.documentName("updateEventType").variable("input", Map.of("id", id, "slotIntervalMinutes", 1)).execute()
        .path("updateEventType.userErrors[0].code").entity(String.class).isEqualTo("VALIDATION");
    host.documentName("createEventType").variable("input", eventTypeInput(uniqueSlug("second"))).execute()
        .path("createEventType.userErrors[0].code").entity(String.class).isEqualTo("PLAN_LIMIT");
    host.documentName("createSchedule").variable("input", scheduleInput("", "UTC", List.of())).execute()
        .path("createSchedule.userErrors[0].code").entity(String.class).isEqualTo("VALIDATION");

    assertThat(rowsBy(owner)).isEqualTo(rowsBefore);
  }

  @Test
  void aChangeWhoseCommitFailsLeavesNeitherTheChangeNorItsRow() {
    Callers.Host owner = hosts.blankHost("aud-undo", "UTC");
    String slug = uniqueSlug("doomed");
    // A deferred trigger fails the commit of this one slug, after the event type and its log row were written.
    jdbc.execute("""
        create or replace function audit_test_refuse_commit() returns trigger language plpgsql as $$
        begin
          if new.slug = '%s' then
            raise exception 'refused at commit by the test';
          end if;
          return new;
        end $$""".formatted(slug));
    jdbc.execute("""
        create constraint trigger audit_test_refuse_commit after insert on event_type
        deferrable initially deferred for each row execute function audit_test_refuse_commit()""");
    try {
      owner.tester().documentName("createEventType").variable("input", eventTypeInput(slug)).execute()
          .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.getExtensions()).containsEntry("code", "INTERNAL");
            assertThat(error.getMessage()).doesNotContain("refused at commit");
          }));
    } finally {
      jdbc.execute("drop trigger audit_test_refuse_commit on event_type");
      jdbc.execute("drop function audit_test_refuse_commit()");
    }

    assertThat(eventTypes(owner.tester())).isEmpty();
    assertThat(rowsBy(owner)).isZero();
    assertThat(jdbc.queryForObject("select count(*) from change_log where after_data ->> 'slug' = ?", Long.class,
        slug)).isZero();
    // The same request, without the trigger, goes through: nothing half-done was left in the way.
    createEventType(owner.tester(), eventTypeInput(slug));
    assertThat(rowsBy(owner)).isEqualTo(1);
  }

  private List<Change> changes(String globalId) {
    UUID entityId = UUID.fromString(new String(java.util.Base64.getUrlDecoder().decode(globalId))
        .replaceFirst("^[A-Za-z]+:", ""));
    return jdbc.query("""
        select module, entity_type, action, actor, before_data::text, after_data::text from change_log
        where entity_id = ? order by id""", (row, index) -> new Change(row.getString(1), row.getString(2),
        row.getString(3), row.getString(4), json(row.getString(5)), json(row.getString(6))), entityId);
  }

  private long rowsBy(Callers.Host host) {
    return jdbc.queryForObject("select count(*) from change_log where actor = ?", Long.class,
        ScheduleTestHosts.uuid(host).toString());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> json(String text) {
    return text == null ? null : JSON.readValue(text, Map.class);
  }
}
