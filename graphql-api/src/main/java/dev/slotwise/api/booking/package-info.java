/**
 * Bookings: a guest (or a signed-in user) books a time that scheduling-core offers; the database's exclusion
 * constraint guarantees that no two active bookings of one host overlap, buffers included. Bookings are busy
 * time for the scheduling module, through {@link dev.slotwise.api.scheduling.HostBusyTime}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Booking")
package dev.slotwise.api.booking;
