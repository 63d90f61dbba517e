/**
 * Who calls: accounts proven by email one-time codes, sign-in with revocable JWT sessions, guests who prove an
 * email without registering, plans and roles. Other modules use {@link dev.slotwise.api.identity.Caller} to
 * learn who is calling and listen for {@link dev.slotwise.api.identity.UserRegistered}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package dev.slotwise.api.identity;
