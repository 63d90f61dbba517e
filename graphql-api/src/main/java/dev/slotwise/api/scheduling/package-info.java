/**
 * When hosts can be booked and what guests can book: schedules with weekly rules and date overrides, event
 * types, public profiles and available slots. The rules themselves live in scheduling-core; this module maps the
 * database to its types and back. Busy time from other modules reaches it through {@link
 * dev.slotwise.api.scheduling.HostBusyTime}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Scheduling")
package dev.slotwise.api.scheduling;
