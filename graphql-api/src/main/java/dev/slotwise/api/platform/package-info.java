/**
 * Infrastructure every domain module shares: the clock, the database (embedded when none is configured),
 * rate limits that hold across instances, and the GraphQL plumbing (scalars, guard rails, error codes).
 * Domain modules use the public types of this package; its sub-packages are its own.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package dev.slotwise.api.platform;
