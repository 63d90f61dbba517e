/**
 * The scheduling engine's API: value types for time ({@link dev.slotwise.scheduling.Interval},
 * {@link dev.slotwise.scheduling.IntervalSet}, {@link dev.slotwise.scheduling.TimeOfDay}), schedules
 * ({@link dev.slotwise.scheduling.Schedule} with {@link dev.slotwise.scheduling.WeeklyRule}s and
 * {@link dev.slotwise.scheduling.DateOverride}s), event types ({@link dev.slotwise.scheduling.EventTypeRules}),
 * and the calculation itself ({@link dev.slotwise.scheduling.BookingCalendar}). Every type is immutable; every
 * invalid input raises {@link dev.slotwise.scheduling.SchedulingInputException}. Nothing here accepts null.
 */
package dev.slotwise.scheduling;
