package dev.slotwise.api.scheduling;

import static dev.slotwise.api.scheduling.ScheduleTestHosts.createEventType;
import static dev.slotwise.api.scheduling.ScheduleTestHosts.eventTypeInput;
import static dev.slotwise.api.scheduling.ScheduleTestHosts.eventTypes;
import static dev.slotwise.api.scheduling.ScheduleTestHosts.uniqueSlug;
import static dev.slotwise.api.scheduling.ScheduleTestHosts.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import dev.slotwise.api.support.ApiTest;
import dev.slotwise.api.support.Mailbox;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
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
 * Every rule of an event type's input, one case each: the answer is one VALIDATION user error naming the field,
 * the rule and the value, and nothing is written. The same cases on update leave the stored event type as it was.
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventTypeValidationTest {
  @Autowired
  private HttpGraphQlTester graphQl;
  @Autowired
  private Mailbox mailbox;
  @Autowired
  private JdbcTemplate jdbc;
  private HttpGraphQlTester host;
  private String existing;
  private List<Map<String, Object>> before;

  @BeforeAll
  void oneHostForAllCases() {
    // A PAID host, so no case runs into the plan's limit instead of the rule it is about.
    ScheduleTestHosts hosts = new ScheduleTestHosts(graphQl, mailbox, jdbc);
    host = hosts.paid(hosts.blankHost("invalid", "UTC")).tester();
    existing = createEventType(host, eventTypeInput(uniqueSlug("existing")));
    before = eventTypes(host);
  }

  /**
   * A broken input and what the error says.
   *
   * @param change what to change in a valid input
   * @param field the error's path under {@code input}
   * @param message the start of the error's message: the field and its rule
   * @param value how the message ends: the value given
   */
  record Case(UnaryOperator<Map<String, Object>> change, List<String> field, String message, String value) {}

  static Stream<Arguments> cases() {
    return Stream.of(
        argumentSet("empty title", set("title", "  "), List.of("title"), "title must be 1 to 200 characters",
            "'  '"),
        argumentSet("title too long", set("title", "x".repeat(201)), List.of("title"),
            "title must be 1 to 200 characters", "…"),
        argumentSet("slug in capitals", set("slug", "Intro"), List.of("slug"), "slug must be 1 to 50 lower-case",
            "'Intro'"),
        argumentSet("slug starting with a hyphen", set("slug", "-intro"), List.of("slug"), "slug must be", "'-intro'"),
        argumentSet("slug ending with a hyphen", set("slug", "intro-"), List.of("slug"), "slug must be", "'intro-'"),
        argumentSet("slug with a space", set("slug", "in tro"), List.of("slug"), "slug must be", "'in tro'"),
        argumentSet("empty slug", set("slug", ""), List.of("slug"), "slug must be", "''"),
        argumentSet("slug too long", set("slug", "a".repeat(51)), List.of("slug"), "slug must be",
            "'" + "a".repeat(51) + "'"),
        argumentSet("description too long", set("description", "x".repeat(5001)), List.of("description"),
            "description must be at most 5000 characters", "5001"),
        argumentSet("no durations", set("durations", List.of()), List.of("durations"),
            "durations must hold at least one duration", "[]"),
        argumentSet("eleven durations", set("durations", IntStream.rangeClosed(1, 11)
            .mapToObj(i -> Map.of("minutes", 5 * i)).toList()), List.of("durations"),
            "durations must hold 1 to 10 durations", "11"),
        argumentSet("duration too short", durations(30, 4), List.of("durations", "1", "minutes"),
            "durations[1].minutes must be a whole number of minutes from 5 to 720", "4 minutes"),
        argumentSet("duration too long", durations(721), List.of("durations", "0", "minutes"),
            "durations[0].minutes must be a whole number of minutes from 5 to 720", "721 minutes"),
        argumentSet("negative duration", durations(-30), List.of("durations", "0", "minutes"),
            "durations[0].minutes must be", "-30 minutes"),
        argumentSet("same duration twice", durations(30, 60, 30), List.of("durations", "2", "minutes"),
            "durations[2].minutes must differ from the other durations", "30 minutes"),
        argumentSet("default not among the durations", set("defaultDurationMinutes", 45),
            List.of("defaultDurationMinutes"), "defaultDurationMinutes must be one of the durations [30] minutes",
            "45 minutes"),
        argumentSet("slot interval too small", set("slotIntervalMinutes", 4), List.of("slotIntervalMinutes"),
            "slotIntervalMinutes must be a whole number of minutes from 5 to 720", "4 minutes"),
        argumentSet("slot interval too big", set("slotIntervalMinutes", 721), List.of("slotIntervalMinutes"),
            "slotIntervalMinutes must be", "721 minutes"),
        argumentSet("negative buffer before", set("bufferBeforeMinutes", -1), List.of("bufferBeforeMinutes"),
            "bufferBeforeMinutes must be a whole number of minutes from 0 to 720", "-1 minutes"),
        argumentSet("buffer after too long", set("bufferAfterMinutes", 721), List.of("bufferAfterMinutes"),
            "bufferAfterMinutes must be a whole number of minutes from 0 to 720", "721 minutes"),
        argumentSet("notice over a year", set("minimumNoticeMinutes", 525_601), List.of("minimumNoticeMinutes"),
            "minimumNoticeMinutes must be a whole number of minutes from 0 to 525600", "525601 minutes"),
        argumentSet("negative notice", set("minimumNoticeMinutes", -5), List.of("minimumNoticeMinutes"),
            "minimumNoticeMinutes must be", "-5 minutes"),
        argumentSet("window of neither form", set("bookingWindow", Map.of()), List.of("bookingWindow"),
            "bookingWindow must give either rollingDays, or from and until", "'neither'"),
        argumentSet("window of both forms", set("bookingWindow", Map.of("rollingDays", 30, "from", "2026-01-01",
            "until", "2026-02-01")), List.of("bookingWindow"), "bookingWindow must give either", "'both'"),
        argumentSet("negative rolling days", set("bookingWindow", Map.of("rollingDays", -1)),
            List.of("bookingWindow", "rollingDays"), "bookingWindow.rollingDays must be from 0 to 3660", "-1"),
        argumentSet("rolling window over ten years", set("bookingWindow", Map.of("rollingDays", 3661)),
            List.of("bookingWindow", "rollingDays"), "bookingWindow.rollingDays must be from 0 to 3660", "3661"),
        argumentSet("fixed window without its end", set("bookingWindow", Map.of("from", "2026-01-01")),
            List.of("bookingWindow", "until"), "bookingWindow.until must not be null", "null"),
        argumentSet("fixed window ending before it starts", set("bookingWindow", Map.of("from", "2026-02-01",
            "until", "2026-01-31")), List.of("bookingWindow", "until"),
            "bookingWindow.until must not be before bookingWindow.from 2026-02-01", "2026-01-31"),
        argumentSet("daily limit of zero", set("dailyLimit", 0), List.of("dailyLimit"),
            "dailyLimit must be from 1 to 2147483647", "0"),
        argumentSet("negative weekly limit", set("weeklyLimit", -3), List.of("weeklyLimit"),
            "weeklyLimit must be from 1 to 2147483647", "-3"),
        argumentSet("negative extra guests", set("maxExtraGuests", -1), List.of("maxExtraGuests"),
            "maxExtraGuests must be from 0 to 50", "-1"),
        argumentSet("too many extra guests", set("maxExtraGuests", 51), List.of("maxExtraGuests"),
            "maxExtraGuests must be from 0 to 50", "51"),
        argumentSet("price of zero", price("0", "EUR"), priceField("amount"),
            "durations[0].price.amount must be more than 0 and at most 1000000", "'0'"),
        argumentSet("price over a million", price("1000000.01", "EUR"), priceField("amount"),
            "durations[0].price.amount must be more than 0 and at most 1000000", "'1000000.01'"),
        argumentSet("negative price", price("-5", "EUR"), priceField("amount"),
            "durations[0].price.amount must be a decimal number such as 49.00, with at most two decimals", "'-5'"),
        argumentSet("price with three decimals", price("12.345", "EUR"), priceField("amount"),
            "durations[0].price.amount must be a decimal number", "'12.345'"),
        argumentSet("price in an exponent", price("1e3", "EUR"), priceField("amount"),
            "durations[0].price.amount must be a decimal number", "'1e3'"),
        argumentSet("price that is no number", price("free", "EUR"), priceField("amount"),
            "durations[0].price.amount must be a decimal number", "'free'"),
        argumentSet("cents of a currency without cents", price("100.50", "JPY"), priceField("amount"),
            "durations[0].price.amount must have at most 0 decimals in JPY", "'100.50'"),
        argumentSet("unknown currency", price("10", "ZZZ"), priceField("currency"),
            "durations[0].price.currency must be an ISO 4217 currency code such as EUR", "'ZZZ'"),
        argumentSet("currency spelled out", price("10", "EURO"), priceField("currency"),
            "durations[0].price.currency must be an ISO 4217 currency code", "'EURO'"),
        argumentSet("no currency at all", price("10", "XXX"), priceField("currency"),
            "durations[0].price.currency must be an ISO 4217 currency code", "'XXX'"));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void aBrokenRuleOnCreateIsAValidationErrorAndNothingIsWritten(UnaryOperator<Map<String, Object>> change,
      List<String> field, String message, String value) {
    Map<String, Object> input = change.apply(eventTypeInput(uniqueSlug("new")));

    assertOneError(host.documentName("createEventType").variable("input", input).execute()
        .path("createEventType.eventType").valueIsNull()
        .path("createEventType.userErrors").entityList(ScheduleTestHosts.MAP).get(), field, message, value);
    assertThat(eventTypes(host)).isEqualTo(before);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void aBrokenRuleOnUpdateIsAValidationErrorAndNothingChanges(UnaryOperator<Map<String, Object>> change,
      List<String> field, String message, String value) {
    Map<String, Object> input = change.apply(new HashMap<>(Map.of("id", existing)));

    assertOneError(host.documentName("updateEventType").variable("input", input).execute()
        .path("updateEventType.eventType").valueIsNull()
        .path("updateEventType.userErrors").entityList(ScheduleTestHosts.MAP).get(), field, message, value);
    assertThat(eventTypes(host)).isEqualTo(before);
  }

  @Test
  void everyBrokenFieldOfOneInputIsReported() {
    Map<String, Object> input = eventTypeInput("Not A Slug");
    input.put("title", "");
    input.put("maxExtraGuests", 99);
    input.put("durations", List.of(Map.of("minutes", 30, "price", Map.of("amount", "0", "currency", "EUR"))));
    input.put("slotIntervalMinutes", 1);

    List<Map<String, Object>> errors = host.documentName("createEventType").variable("input", input).execute()
        .path("createEventType.userErrors").entityList(ScheduleTestHosts.MAP).get();

    assertThat(errors).extracting(error -> error.get("field")).containsExactlyInAnyOrder(
        List.of("input", "title"), List.of("input", "slug"), List.of("input", "maxExtraGuests"),
        List.of("input", "durations", "0", "price", "amount"), List.of("input", "slotIntervalMinutes"));
    assertThat(errors).extracting(error -> error.get("code")).containsOnly("VALIDATION");
  }

  private static void assertOneError(List<Map<String, Object>> errors, List<String> field, String message,
      String value) {
    List<String> path = new ArrayList<>(List.of("input"));
    path.addAll(field);
    assertThat(errors).singleElement().satisfies(error -> {
      assertThat(error.get("code")).isEqualTo("VALIDATION");
      assertThat(error.get("field")).isEqualTo(path);
      assertThat((String) error.get("message")).startsWith(message)
          .endsWith(value.equals("…") ? "…" : ", was " + value).doesNotContain("Exception");
    });
  }

  private static UnaryOperator<Map<String, Object>> set(String field, Object value) {
    return input -> with(input, field, value);
  }

  private static UnaryOperator<Map<String, Object>> durations(int... minutes) {
    return set("durations", IntStream.of(minutes).mapToObj(m -> Map.of("minutes", m)).toList());
  }

  private static UnaryOperator<Map<String, Object>> price(String amount, String currency) {
    return set("durations", List.of(Map.of("minutes", 30, "price", Map.of("amount", amount, "currency",
        currency))));
  }

  private static List<String> priceField(String name) {
    return List.of("durations", "0", "price", name);
  }
}
