package dev.slotwise.api.identity;

/**
 * A caller with a guest token: someone who proved, by a one-time code, that they read this email address.
 *
 * @param email the proven address, in lower case
 */
public record VerifiedGuest(String email) {}
