package dev.slotwise.api.scheduling.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * One window of a date override as stored, or the date's "unavailable all day" mark (kind UNAVAILABLE, no times).
 */
@Embeddable
record DateOverrideRow(
    @Column(name = "override_date") LocalDate date,
    @Column(name = "kind") String kind,
    @Column(name = "start_minute") Integer startMinute,
    @Column(name = "end_minute") Integer endMinute) {
  static final String AVAILABLE = "AVAILABLE";
  static final String BUSY = "BUSY";
  static final String UNAVAILABLE = "UNAVAILABLE";
}
