package dev.slotwise.api.scheduling.internal;

import dev.slotwise.api.platform.UserError;
import dev.slotwise.api.scheduling.internal.SchedulingViews.EventTypeView;
import dev.slotwise.api.scheduling.internal.SchedulingViews.ScheduleView;
import dev.slotwise.scheduling.AvailabilityKind;
import dev.slotwise.scheduling.SchedulingInputException;
import dev.slotwise.scheduling.TimeOfDay;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.graphql.data.ArgumentValue;

/**
 * What the schedule and event type mutations take and answer, shaped as the schema's input and payload types,
 * and the collector of their validation errors.
 */
final class SchedulingInputs {
  /** The user error code for an ID that names nothing the caller owns. */
  static final String NOT_FOUND = "NOT_FOUND";
  static final String PLAN_LIMIT = "PLAN_LIMIT";
  static final String SLUG_TAKEN = "SLUG_TAKEN";
  static final String DEFAULT_SCHEDULE = "DEFAULT_SCHEDULE";

  private SchedulingInputs() {}

  record WeeklyRuleInput(DayOfWeek dayOfWeek, TimeOfDay start, TimeOfDay end, AvailabilityKind kind, LocalDate from,
      LocalDate until) {}

  record TimeWindowInput(TimeOfDay start, TimeOfDay end) {}

  record DateOverrideInput(LocalDate date, Boolean unavailableAllDay, List<TimeWindowInput> available,
      List<TimeWindowInput> busy) {}

  record CreateScheduleInput(String name, String timeZone, List<WeeklyRuleInput> weeklyRules,
      List<DateOverrideInput> dateOverrides) {}

  /** Null fields stay as they are; lists given replace the stored ones. */
  record UpdateScheduleInput(String id, String name, String timeZone, List<WeeklyRuleInput> weeklyRules,
      List<DateOverrideInput> dateOverrides, Boolean makeDefault) {}

  record DeleteInput(String id) {}

  record MoneyInput(String amount, String currency) {}

  record DurationInput(int minutes, MoneyInput price) {}

  record BookingWindowInput(Integer rollingDays, LocalDate from, LocalDate until) {}

  record CreateEventTypeInput(String title, String slug, String description, List<DurationInput> durations,
      Integer defaultDurationMinutes, Integer slotIntervalMinutes, Integer bufferBeforeMinutes,
      Integer bufferAfterMinutes, Integer minimumNoticeMinutes, BookingWindowInput bookingWindow, Integer dailyLimit,
      Integer weeklyLimit, String scheduleId, Integer maxExtraGuests, Boolean requiresConfirmation,
      String locationKind, Boolean active) {}

  /**
   * Null fields stay as they are. The three fields whose null means something (no daily limit, no weekly limit,
   * the default schedule) are {@link ArgumentValue}s, so that an explicit null clears them and leaving them out
   * keeps them.
   */
  record UpdateEventTypeInput(String id, String title, String slug, String description, List<DurationInput> durations,
      Integer defaultDurationMinutes, Integer slotIntervalMinutes, Integer bufferBeforeMinutes,
      Integer bufferAfterMinutes, Integer minimumNoticeMinutes, BookingWindowInput bookingWindow,
      ArgumentValue<Integer> dailyLimit, ArgumentValue<Integer> weeklyLimit, ArgumentValue<String> scheduleId,
      Integer maxExtraGuests, Boolean requiresConfirmation, String locationKind, Boolean active) {}

  record SchedulePayload(ScheduleView schedule, List<UserError> userErrors) {
    static SchedulePayload of(ScheduleView schedule) {
      return new SchedulePayload(schedule, List.of());
    }

    static SchedulePayload failed(List<UserError> errors) {
      return new SchedulePayload(null, errors);
    }
  }

  record EventTypePayload(EventTypeView eventType, List<UserError> userErrors) {
    static EventTypePayload of(EventTypeView eventType) {
      return new EventTypePayload(eventType, List.of());
    }

    static EventTypePayload failed(List<UserError> errors) {
      return new EventTypePayload(null, errors);
    }
  }

  record DeletePayload(String deletedId, List<UserError> userErrors) {
    static DeletePayload of(String deletedId) {
      return new DeletePayload(deletedId, List.of());
    }

    static DeletePayload failed(UserError error) {
      return new DeletePayload(null, List.of(error));
    }
  }

  /** The error for an ID that is malformed, unknown, or another host's: the three look the same to the caller. */
  static UserError notFound(String inputField, String what) {
    return UserError.onInput(inputField, NOT_FOUND, "You have no " + what + " with this ID");
  }

  /**
   * The VALIDATION errors of one input. Each names the path of the field under {@code input}, such as
   * {@code ["input", "durations", "1", "minutes"]}, and says the rule and the value given, so the client can show
   * the message beside the field.
   */
  static final class Errors {
    private static final int MAX_VALUE_LENGTH = 60;
    private final List<UserError> errors = new ArrayList<>();

    /**
     * Adds an error.
     *
     * @param path the field's path under {@code input}: names and list indexes
     * @param rule what the value must be, such as {@code must be 1 to 200 characters}
     * @param value the value given, quoted in the message (shortened when long)
     */
    void reject(List<?> path, String rule, Object value) {
      errors.add(new UserError(fieldPath(path), UserError.VALIDATION,
          describe(path) + " " + rule + ", was " + shorten(value)));
    }

    /** Adds scheduling-core's refusal, under the path of the input field it concerns. */
    void reject(List<?> path, SchedulingInputException refusal) {
      errors.add(new UserError(fieldPath(path), UserError.VALIDATION,
          describe(path) + " " + refusal.rule() + ", was " + refusal.value()));
    }

    boolean isEmpty() {
      return errors.isEmpty();
    }

    List<UserError> list() {
      return List.copyOf(errors);
    }

    private static List<String> fieldPath(List<?> path) {
      List<String> field = new ArrayList<>(path.size() + 1);
      field.add("input");
      path.forEach(part -> field.add(String.valueOf(part)));
      return field;
    }

    /** The path as people read it: {@code durations[1].minutes}. */
    private static String describe(List<?> path) {
      StringBuilder text = new StringBuilder();
      for (Object part : path) {
        if (part instanceof Integer index) {
          text.append('[').append(index).append(']');
        } else {
          text.append(text.isEmpty() ? "" : ".").append(part);
        }
      }
      return text.toString();
    }

    private static String shorten(Object value) {
      if (value == null) {
        return "null";
      }
      String text = value instanceof CharSequence ? "'" + value + "'" : String.valueOf(value);
      return text.length() <= MAX_VALUE_LENGTH ? text : text.substring(0, MAX_VALUE_LENGTH) + "…";
    }
  }
}
