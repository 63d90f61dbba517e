package dev.slotwise.api.platform.graphql;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on what one GraphQL request may ask for.
 *
 * @param maxDepth deepest nesting of fields; at least 15, the depth of the schema query GraphiQL 5 sends (nine
 *     levels of {@code ofType}); GuardRailsTests runs that query
 * @param maxComplexity most fields one request may select, each list counted once
 * @param maxAliases most aliased fields in one request, so a client cannot try many codes in one request
 * @param requestTimeout longest time one request may take
 */
@ConfigurationProperties("slotwise.graphql")
record GraphQlGuardRailsProperties(@DefaultValue("15") int maxDepth, @DefaultValue("1000") int maxComplexity,
    @DefaultValue("15") int maxAliases, @DefaultValue("10s") Duration requestTimeout) {}
