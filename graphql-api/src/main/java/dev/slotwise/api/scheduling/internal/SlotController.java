package dev.slotwise.api.scheduling.internal;

import dev.slotwise.api.scheduling.internal.SchedulingViews.AvailableSlotsView;
import dev.slotwise.api.scheduling.internal.SchedulingViews.ProfileView;
import java.time.LocalDate;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The public scheduling queries: a host's profile and an event type's available slots. */
@Controller
class SlotController {
  private final SlotService slots;

  SlotController(SlotService slots) {
    this.slots = slots;
  }

  /** Local dates, both inclusive, as the schema's {@code DateRangeInput}. */
  record DateRange(LocalDate from, LocalDate to) {}

  @QueryMapping
  AvailableSlotsView availableSlots(@Argument String eventTypeId, @Argument DateRange range,
      @Argument String timeZone, @Argument Integer durationMinutes) {
    return slots.availableSlots(eventTypeId, range.from(), range.to(), timeZone, durationMinutes);
  }

  @QueryMapping
  ProfileView profile(@Argument String username) {
    return slots.profile(username).orElse(null);
  }
}
