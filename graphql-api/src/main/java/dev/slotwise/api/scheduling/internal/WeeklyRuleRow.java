package dev.slotwise.api.scheduling.internal;

import dev.slotwise.scheduling.AvailabilityKind;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/** A weekly rule as stored: ISO day of week and local minutes of the day. */
@Embeddable
record WeeklyRuleRow(
    @Column(name = "day_of_week") short dayOfWeek,
    @Column(name = "start_minute") int startMinute,
    @Column(name = "end_minute") int endMinute,
    @Enumerated(EnumType.STRING) @Column(name = "kind") AvailabilityKind kind,
    @Column(name = "valid_from") LocalDate validFrom,
    @Column(name = "valid_until") LocalDate validUntil) {}
