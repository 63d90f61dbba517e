/**
 * Slotwise's scheduling engine: when a host is available, which slots an event type offers, and whether a
 * requested start can be booked. Framework-free, over {@code java.time}, with no dependencies.
 *
 * <p>Start with {@link dev.slotwise.scheduling.Schedule}, {@link dev.slotwise.scheduling.EventTypeRules} and
 * {@link dev.slotwise.scheduling.BookingCalendar}.
 */
module dev.slotwise.scheduling {
  exports dev.slotwise.scheduling;
}
