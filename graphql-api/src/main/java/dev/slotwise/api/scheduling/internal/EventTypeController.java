package dev.slotwise.api.scheduling.internal;

import dev.slotwise.api.scheduling.internal.SchedulingInputs.CreateEventTypeInput;
import dev.slotwise.api.scheduling.internal.SchedulingInputs.DeleteInput;
import dev.slotwise.api.scheduling.internal.SchedulingInputs.DeletePayload;
import dev.slotwise.api.scheduling.internal.SchedulingInputs.EventTypePayload;
import dev.slotwise.api.scheduling.internal.SchedulingInputs.UpdateEventTypeInput;
import dev.slotwise.api.scheduling.internal.SchedulingViews.EventTypeView;
import dev.slotwise.api.scheduling.internal.SchedulingViews.ScheduleView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The event type fields of Query and Mutation, and {@code EventType.schedule}; services do the work. */
@Controller
class EventTypeController {
  private final EventTypeService eventTypes;
  private final ScheduleService schedules;

  EventTypeController(EventTypeService eventTypes, ScheduleService schedules) {
    this.eventTypes = eventTypes;
    this.schedules = schedules;
  }

  @QueryMapping
  List<EventTypeView> eventTypes() {
    return eventTypes.eventTypes();
  }

  /**
   * The schedules of a whole list of event types in one load. Null where the event type uses the default
   * schedule, and where the schedule is not the caller's own (a guest reading a public profile).
   */
  @BatchMapping(typeName = "EventType")
  Map<EventTypeView, ScheduleView> schedule(List<EventTypeView> eventTypeViews) {
    Map<UUID, ScheduleView> found = schedules.callersSchedules(eventTypeViews.stream()
        .map(EventTypeView::scheduleId).filter(Objects::nonNull).toList());
    Map<EventTypeView, ScheduleView> byEventType = new LinkedHashMap<>();
    for (EventTypeView eventType : eventTypeViews) {
      ScheduleView schedule = eventType.scheduleId() == null ? null : found.get(eventType.scheduleId());
      if (schedule != null) {
        byEventType.put(eventType, schedule);
      }
    }
    return byEventType;
  }

  @MutationMapping
  EventTypePayload createEventType(@Argument CreateEventTypeInput input) {
    return eventTypes.create(input);
  }

  @MutationMapping
  EventTypePayload updateEventType(@Argument UpdateEventTypeInput input) {
    return eventTypes.update(input);
  }

  @MutationMapping
  DeletePayload deleteEventType(@Argument DeleteInput input) {
    return eventTypes.delete(input);
  }
}
