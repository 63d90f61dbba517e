package dev.slotwise.api.identity;

import java.util.UUID;

/**
 * A caller with a valid access token of a live session.
 *
 * @param id the user
 * @param sessionId the session the token belongs to
 * @param role the user's role, read when the request arrived
 * @param plan the user's plan, read when the request arrived
 * @param timeZone the user's IANA time zone
 */
public record SignedInUser(UserId id, UUID sessionId, Role role, Plan plan, String timeZone) {}
