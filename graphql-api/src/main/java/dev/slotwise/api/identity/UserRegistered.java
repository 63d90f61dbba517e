package dev.slotwise.api.identity;

/**
 * Published when a new account's email is verified and the account becomes active, inside the transaction that
 * activates it. Other modules set up what a new user starts with.
 *
 * @param userId the new user
 * @param timeZone the user's IANA time zone
 */
public record UserRegistered(UserId userId, String timeZone) {}
