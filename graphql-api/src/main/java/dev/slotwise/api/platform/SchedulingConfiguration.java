package dev.slotwise.api.platform;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Runs the application's housekeeping on Spring's scheduler, such as {@link RateLimiter}'s sweep of old windows.
 * Each task is short and idempotent, so several API instances may run it side by side.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfiguration {}
