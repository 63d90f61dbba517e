package dev.slotwise.api.scheduling.internal;

import dev.slotwise.api.scheduling.internal.SchedulingInputs.CreateScheduleInput;
import dev.slotwise.api.scheduling.internal.SchedulingInputs.DeleteInput;
import dev.slotwise.api.scheduling.internal.SchedulingInputs.DeletePayload;
import dev.slotwise.api.scheduling.internal.SchedulingInputs.SchedulePayload;
import dev.slotwise.api.scheduling.internal.SchedulingInputs.UpdateScheduleInput;
import dev.slotwise.api.scheduling.internal.SchedulingViews.ScheduleView;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The schedule fields of Query and Mutation; each hands its arguments to {@link ScheduleService}. */
@Controller
class ScheduleController {
  private final ScheduleService schedules;

  ScheduleController(ScheduleService schedules) {
    this.schedules = schedules;
  }

  @QueryMapping
  List<ScheduleView> schedules() {
    return schedules.schedules();
  }

  @MutationMapping
  SchedulePayload createSchedule(@Argument CreateScheduleInput input) {
    return schedules.create(input);
  }

  @MutationMapping
  SchedulePayload updateSchedule(@Argument UpdateScheduleInput input) {
    return schedules.update(input);
  }

  @MutationMapping
  DeletePayload deleteSchedule(@Argument DeleteInput input) {
    return schedules.delete(input);
  }
}
