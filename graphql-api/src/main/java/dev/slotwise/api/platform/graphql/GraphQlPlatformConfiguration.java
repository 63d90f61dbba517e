package dev.slotwise.api.platform.graphql;

import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.scalars.ExtendedScalars;
import graphql.execution.instrumentation.Instrumentation;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.Ordered;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.graphql.server.TimeoutWebGraphQlInterceptor;

/**
 * Scalars shared by every schema file, the limits every request is held to, and the classified answer when the
 * database fails a request.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GraphQlGuardRailsProperties.class)
class GraphQlPlatformConfiguration {

  @Bean
  RuntimeWiringConfigurer sharedScalars() {
    return wiring -> wiring.scalar(ExtendedScalars.DateTime).scalar(ExtendedScalars.Date)
        .scalar(ExtendedScalars.LocalTime);
  }

  @Bean
  Instrumentation maxDepth(GraphQlGuardRailsProperties limits) {
    return new MaxQueryDepthInstrumentation(limits.maxDepth());
  }

  @Bean
  Instrumentation maxComplexity(GraphQlGuardRailsProperties limits) {
    return new MaxQueryComplexityInstrumentation(limits.maxComplexity());
  }

  @Bean
  Instrumentation maxAliases(GraphQlGuardRailsProperties limits) {
    return new AliasLimitInstrumentation(limits.maxAliases());
  }

  @Bean
  @Order(Ordered.HIGHEST_PRECEDENCE + 10)
  TimeoutWebGraphQlInterceptor requestTimeout(GraphQlGuardRailsProperties limits) {
    return new TimeoutWebGraphQlInterceptor(limits.requestTimeout());
  }

  @Bean
  @Order(Ordered.HIGHEST_PRECEDENCE)
  ErrorCodeInterceptor errorCodes() {
    return new ErrorCodeInterceptor();
  }

  /** Around Spring Security's filters, whose session check is the first thing to read the database. */
  @Bean
  FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilter() {
    FilterRegistrationBean<DatabaseUnavailableFilter> registration =
        new FilterRegistrationBean<>(new DatabaseUnavailableFilter());
    registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
    return registration;
  }
}
