package dev.slotwise.api.platform;

import java.time.Duration;

/**
 * A limit on attempts: at most {@code maxAttempts} in each {@code window} per subject.
 *
 * @param name what is limited, such as {@code login-per-email}; part of the stored key
 * @param maxAttempts attempts allowed in one window
 * @param window the length of a window
 */
public record RateLimit(String name, int maxAttempts, Duration window) {}
