package dev.slotwise.scheduling;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The offered starts whose local date, in the zone the slots were asked in, is {@link #date()}.
 *
 * @param date the local date
 * @param starts the offered starts on it, in order of time; never empty
 */
public record SlotDay(LocalDate date, List<Instant> starts) {}
