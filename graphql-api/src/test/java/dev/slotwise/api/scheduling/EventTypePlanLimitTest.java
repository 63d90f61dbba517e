package dev.slotwise.api.scheduling;

import static dev.slotwise.api.scheduling.ScheduleTestHosts.createEventType;
import static dev.slotwise.api.scheduling.ScheduleTestHosts.deactivateAll;
import static dev.slotwise.api.scheduling.ScheduleTestHosts.eventTypeInput;
import static dev.slotwise.api.scheduling.ScheduleTestHosts.eventTypes;
import static dev.slotwise.api.scheduling.ScheduleTestHosts.uniqueSlug;
import static dev.slotwise.api.scheduling.ScheduleTestHosts.with;
import static org.assertj.core.api.Assertions.assertThat;

import dev.slotwise.api.support.ApiTest;
import dev.slotwise.api.support.Callers;
import dev.slotwise.api.support.Mailbox;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A FREE host may have one active event type; PAID hosts and administrators any number. Inactive event types do
 * not count, activating one does, and racing requests cannot get past the limit together.
 */
@ApiTest
class EventTypePlanLimitTest {
  private static final int RACERS = 8;

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

  @Test
  void aFreeHostMayHaveOneActiveEventTypeAndAnyNumberOfInactiveOnes() {
    HttpGraphQlTester host = hosts.blankHost("free", "UTC").tester();
    String first = createEventType(host, eventTypeInput(uniqueSlug("first")));

    assertPlanLimit(host.documentName("createEventType").variable("input", eventTypeInput(uniqueSlug("second")))
        .execute().path("createEventType.eventType").valueIsNull(), "createEventType");
    String second = createEventType(host, with(eventTypeInput(uniqueSlug("second")), "active", false));
    createEventType(host, with(eventTypeInput(uniqueSlug("third")), "active", false));

    // Activating a second one is making a second active one.
    assertPlanLimit(host.documentName("updateEventType").variable("input", Map.of("id", second, "active", true))
        .execute().path("updateEventType.eventType").valueIsNull(), "updateEventType");
    // Changing the active one, or an inactive one, is fine.
    host.documentName("updateEventType").variable("input", Map.of("id", first, "title", "Still the one",
        "active", true)).execute().path("updateEventType.userErrors").entityList(Object.class).hasSize(0);
    host.documentName("updateEventType").variable("input", Map.of("id", second, "title", "Waiting")).execute()
        .path("updateEventType.userErrors").entityList(Object.class).hasSize(0);
    // Swapping them is fine, in that order.
    host.documentName("updateEventType").variable("input", Map.of("id", first, "active", false)).execute()
        .path("updateEventType.userErrors").entityList(Object.class).hasSize(0);
    host.documentName("updateEventType").variable("input", Map.of("id", second, "active", true)).execute()
        .path("updateEventType.userErrors").entityList(Object.class).hasSize(0);

    assertThat(eventTypes(host)).extracting(e -> e.get("active")).containsExactly(false, true, false);
  }

  @Test
  void aFreeHostWithTheRegistrationDefaultsDeactivatesThemBeforeActivatingAnother() {
    HttpGraphQlTester host = hosts.host("free-dflt", "UTC").tester();
    boolean hasActive = eventTypes(host).stream().anyMatch(e -> Boolean.TRUE.equals(e.get("active")));
    if (hasActive) {
      assertPlanLimit(host.documentName("createEventType").variable("input", eventTypeInput(uniqueSlug("more")))
          .execute(), "createEventType");
    }

    deactivateAll(host);
    createEventType(host, eventTypeInput(uniqueSlug("mine")));

    assertThat(eventTypes(host)).filteredOn(e -> Boolean.TRUE.equals(e.get("active"))).hasSize(1);
  }

  @Test
  void aPaidHostHasNoLimit() {
    HttpGraphQlTester host = hosts.paid(hosts.host("paid", "UTC")).tester();
    int activeBefore = (int) eventTypes(host).stream().filter(e -> Boolean.TRUE.equals(e.get("active"))).count();

    for (int i = 0; i < 3; i++) {
      createEventType(host, eventTypeInput(uniqueSlug("paid" + i)));
    }

    assertThat(eventTypes(host)).filteredOn(e -> Boolean.TRUE.equals(e.get("active"))).hasSize(activeBefore + 3);
  }

  @Test
  void anAdministratorHasNoLimit() {
    HttpGraphQlTester admin = hosts.admin(hosts.host("admin", "UTC")).tester();
    int activeBefore = (int) eventTypes(admin).stream().filter(e -> Boolean.TRUE.equals(e.get("active"))).count();

    createEventType(admin, eventTypeInput(uniqueSlug("admin1")));
    createEventType(admin, eventTypeInput(uniqueSlug("admin2")));

    assertThat(eventTypes(admin)).filteredOn(e -> Boolean.TRUE.equals(e.get("active"))).hasSize(activeBefore + 2);
  }

  @Test
  void aFreeHostsRacingCreatesMakeExactlyOneActiveEventType() throws Exception {
    Callers.Host host = hosts.blankHost("race-free", "UTC");

    List<Map<String, Object>> answers = race(i -> host.tester().documentName("createEventType")
        .variable("input", eventTypeInput(uniqueSlug("race" + i))).execute()
        .path("createEventType").entity(ScheduleTestHosts.MAP).get());

    assertThat(answers).filteredOn(answer -> answer.get("eventType") != null).hasSize(1);
    assertThat(answers).filteredOn(answer -> answer.get("eventType") == null).hasSize(RACERS - 1)
        .allSatisfy(answer -> assertThat(answer.get("userErrors").toString()).contains("PLAN_LIMIT"));
    assertThat(jdbc.queryForObject("select count(*) from event_type where host_id = ? and active", Long.class,
        ScheduleTestHosts.uuid(host))).isEqualTo(1);
  }

  @Test
  void racingActivationsByAFreeHostLeaveExactlyOneActive() throws Exception {
    Callers.Host host = hosts.blankHost("race-act", "UTC");
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < RACERS; i++) {
      ids.add(createEventType(host.tester(), with(eventTypeInput(uniqueSlug("idle" + i)), "active", false)));
    }

    List<Map<String, Object>> answers = race(i -> host.tester().documentName("updateEventType")
        .variable("input", Map.of("id", ids.get(i), "active", true)).execute()
        .path("updateEventType").entity(ScheduleTestHosts.MAP).get());

    assertThat(answers).filteredOn(answer -> answer.get("eventType") != null).hasSize(1);
    assertThat(jdbc.queryForObject("select count(*) from event_type where host_id = ? and active", Long.class,
        ScheduleTestHosts.uuid(host))).isEqualTo(1);
  }

  @Test
  void racingCreatesWithOneSlugMakeOneEventTypeAndTellTheOthersTheSlugIsTaken() throws Exception {
    Callers.Host host = hosts.paid(hosts.blankHost("race-slug", "UTC"));
    String slug = uniqueSlug("same");

    List<Map<String, Object>> answers = race(i -> host.tester().documentName("createEventType")
        .variable("input", eventTypeInput(slug)).execute()
        .path("createEventType").entity(ScheduleTestHosts.MAP).get());

    assertThat(answers).filteredOn(answer -> answer.get("eventType") != null).hasSize(1);
    assertThat(answers).filteredOn(answer -> answer.get("eventType") == null)
        .allSatisfy(answer -> assertThat(answer.get("userErrors").toString()).contains("SLUG_TAKEN"));
    assertThat(eventTypes(host.tester())).hasSize(1);
  }

  private interface Racer {
    Map<String, Object> run(int index);
  }

  /** Runs the racers at once, released together, and returns their answers. */
  private static List<Map<String, Object>> race(Racer racer) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(RACERS);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Map<String, Object>>> futures = new ArrayList<>();
      for (int i = 0; i < RACERS; i++) {
        int index = i;
        Callable<Map<String, Object>> call = () -> {
          start.await();
          return racer.run(index);
        };
        futures.add(pool.submit(call));
      }
      start.countDown();
      List<Map<String, Object>> answers = new ArrayList<>();
      for (Future<Map<String, Object>> future : futures) {
        answers.add(future.get());
      }
      return answers;
    } finally {
      pool.shutdownNow();
    }
  }

  private static void assertPlanLimit(GraphQlTester.Traversable response, String mutation) {
    response.path(mutation + ".userErrors[0].code").entity(String.class).isEqualTo("PLAN_LIMIT")
        .path(mutation + ".userErrors[0].field").entityList(String.class).containsExactly("input", "active");
  }
}
