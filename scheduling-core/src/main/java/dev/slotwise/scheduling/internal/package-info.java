/**
 * Primitive algorithms behind the API: range-set algebra over {@code long}s and zone conversion by
 * precomputed transitions. Not exported from the module; nothing here is a public contract.
 */
package dev.slotwise.scheduling.internal;
