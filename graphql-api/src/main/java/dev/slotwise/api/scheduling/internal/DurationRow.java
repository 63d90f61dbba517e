package dev.slotwise.api.scheduling.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** One bookable length of an event type and its optional price. */
@Embeddable
record DurationRow(
    @Column(name = "minutes") int minutes,
    @Column(name = "price_amount") BigDecimal priceAmount,
    @Column(name = "price_currency") String priceCurrency) {}
