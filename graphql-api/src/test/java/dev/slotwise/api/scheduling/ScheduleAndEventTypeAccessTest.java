package dev.slotwise.api.scheduling;

import static dev.slotwise.api.scheduling.ScheduleTestHosts.createEventType;
import static dev.slotwise.api.scheduling.ScheduleTestHosts.createSchedule;
import static dev.slotwise.api.scheduling.ScheduleTestHosts.eventTypeInput;
import static dev.slotwise.api.scheduling.ScheduleTestHosts.eventTypes;
import static dev.slotwise.api.scheduling.ScheduleTestHosts.scheduleInput;
import static dev.slotwise.api.scheduling.ScheduleTestHosts.schedules;
import static dev.slotwise.api.scheduling.ScheduleTestHosts.uniqueSlug;
import static dev.slotwise.api.scheduling.ScheduleTestHosts.weekdays;
import static dev.slotwise.api.scheduling.ScheduleTestHosts.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import dev.slotwise.api.platform.GlobalId;
import dev.slotwise.api.support.ApiTest;
import dev.slotwise.api.support.Callers;
import dev.slotwise.api.support.Mailbox;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every schedule and event type operation, called by every kind of caller: anonymous callers must sign in,
 * guests may not, hosts and administrators work on their own data only.
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScheduleAndEventTypeAccessTest {
  private static final String SOME_SCHEDULE = GlobalId.encode("Schedule", UUID.randomUUID());
  private static final String SOME_EVENT_TYPE = GlobalId.encode("EventType", UUID.randomUUID());

  @Autowired
  private HttpGraphQlTester graphQl;
  @Autowired
  private Mailbox mailbox;
  @Autowired
  private JdbcTemplate jdbc;
  private ScheduleTestHosts hosts;
  private final Map<Role, HttpGraphQlTester> callers = new EnumMap<>(Role.class);

  enum Role { ANONYMOUS, GUEST, HOST, ADMIN }

  @BeforeAll
  void oneCallerOfEachRole() {
    hosts = new ScheduleTestHosts(graphQl, mailbox, jdbc);
    callers.put(Role.ANONYMOUS, hosts.callers().anonymous());
    callers.put(Role.GUEST, hosts.callers().newGuest(Callers.uniqueEmail("guest")).tester());
    callers.put(Role.HOST, hosts.host("acc-host", "UTC").tester());
    callers.put(Role.ADMIN, hosts.admin(hosts.host("acc-admin", "UTC")).tester());
  }

  /** An operation and its variables; a signed-in host gets an answer, maybe with user errors, never an error. */
  record Operation(String document, Map<String, Object> variables) {}

  static Stream<Arguments> operations() {
    Stream<Operation> operations = Stream.of(
        new Operation("schedules", Map.of()),
        new Operation("eventTypes", Map.of()),
        new Operation("createSchedule", Map.of("input", scheduleInput("Access", "UTC", List.of()))),
        new Operation("updateSchedule", Map.of("input", Map.of("id", SOME_SCHEDULE, "name", "x"))),
        new Operation("deleteSchedule", Map.of("id", SOME_SCHEDULE)),
        new Operation("createEventType", Map.of("input", with(eventTypeInput("access"), "active", false))),
        new Operation("updateEventType", Map.of("input", Map.of("id", SOME_EVENT_TYPE, "title", "x"))),
        new Operation("deleteEventType", Map.of("id", SOME_EVENT_TYPE)));
    return operations.flatMap(operation -> Stream.of(Role.values()).map(role ->
        argumentSet(operation.document() + " as " + role, operation, role, switch (role) {
          case ANONYMOUS -> "UNAUTHENTICATED";
          case GUEST -> "FORBIDDEN";
          case HOST, ADMIN -> "OK";
        })));
  }

  @ParameterizedTest
  @MethodSource("operations")
  void eachRoleGetsWhatItMay(Operation operation, Role role, String expected) {
    HttpGraphQlTester.Request<?> request = callers.get(role).documentName(operation.document());
    for (Map.Entry<String, Object> variable : operation.variables().entrySet()) {
      request = request.variable(variable.getKey(), variable.getValue());
    }

    if (expected.equals("OK")) {
      request.execute().path(operation.document()).hasValue();
    } else {
      request.execute().errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
        assertThat(error.getExtensions()).containsEntry("code", expected);
        assertThat(error.getPath()).isEqualTo(operation.document());
      }));
    }
  }

  @Test
  void hostsAndAdministratorsSeeOnlyTheirOwnSchedulesAndEventTypes() {
    Callers.Host one = hosts.host("own-one", "UTC");
    Callers.Host other = hosts.host("own-other", "UTC");
    Callers.Host admin = hosts.admin(hosts.host("own-admin", "UTC"));
    String onesSchedule = createSchedule(one.tester(), scheduleInput("One's", "UTC", weekdays()));
    String onesEventType = createEventType(one.tester(), with(eventTypeInput(uniqueSlug("ones")), "active",
        false));

    for (HttpGraphQlTester outsider : List.of(other.tester(), admin.tester())) {
      assertThat(schedules(outsider)).extracting(s -> s.get("id")).doesNotContain(onesSchedule)
          .allSatisfy(id -> assertThat(id).isNotNull());
      assertThat(eventTypes(outsider)).extracting(e -> e.get("id")).doesNotContain(onesEventType);
      outsider.documentName("updateEventType").variable("input", Map.of("id", onesEventType, "title", "Taken"))
          .execute().path("updateEventType.userErrors[0].code").entity(String.class).isEqualTo("NOT_FOUND");
      outsider.documentName("deleteSchedule").variable("id", onesSchedule).execute()
          .path("deleteSchedule.userErrors[0].code").entity(String.class).isEqualTo("NOT_FOUND");
    }
    assertThat(schedules(one.tester())).extracting(s -> s.get("id")).contains(onesSchedule);
    assertThat(eventTypes(one.tester())).extracting(e -> e.get("id")).contains(onesEventType);
    // An administrator's own data works as any host's.
    String adminsSchedule = createSchedule(admin.tester(), scheduleInput("Admin's", "UTC", weekdays()));
    admin.tester().documentName("deleteSchedule").variable("id", adminsSchedule).execute()
        .path("deleteSchedule.deletedId").entity(String.class).isEqualTo(adminsSchedule);
  }
}
