package dev.slotwise.api.platform.graphql;

import dev.slotwise.api.platform.ErrorCode;
import dev.slotwise.api.platform.TransientDatabaseFailures;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers {@code 503} with an {@code UNAVAILABLE} error when the database fails a request before GraphQL runs:
 * checking a signed-in caller's session reads it, in Spring Security's filters. Without this, such a request
 * would end as a bare HTTP 500 that tells the client nothing; GraphQL's own failures are classified by
 * {@link ApiExceptionResolver}.
 */
final class DatabaseUnavailableFilter extends OncePerRequestFilter {
  private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);
  private static final byte[] BODY = JsonMapper.builder().build().writeValueAsBytes(Map.of("errors", List.of(
      Map.of("message", ApiExceptionResolver.UNAVAILABLE_MESSAGE,
          "extensions", Map.of("code", ErrorCode.UNAVAILABLE.name())))));

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      chain.doFilter(request, response);
    } catch (RuntimeException | ServletException failure) {
      if (response.isCommitted() || !TransientDatabaseFailures.isTransient(failure)) {
        throw failure;
      }
      Throwable cause = NestedExceptionUtils.getMostSpecificCause(failure);
      log.warn("Answered 503 UNAVAILABLE: {}: {}", cause.getClass().getName(), cause.getMessage());
      response.resetBuffer();
      response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
      response.setHeader(HttpHeaders.RETRY_AFTER, "1");
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      response.getOutputStream().write(BODY);
    }
  }
}
