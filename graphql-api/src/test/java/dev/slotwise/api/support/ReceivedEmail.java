package dev.slotwise.api.support;

import java.util.List;

/**
 * An email as the test SMTP server received it.
 *
 * @param from the sender, as in the {@code From} header
 * @param to the recipients' addresses
 * @param subject the subject line
 * @param text the plain-text body
 */
public record ReceivedEmail(String from, List<String> to, String subject, String text) {}
