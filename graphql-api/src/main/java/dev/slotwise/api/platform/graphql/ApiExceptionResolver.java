package dev.slotwise.api.platform.graphql;

import dev.slotwise.api.platform.ApiException;
import dev.slotwise.api.platform.ErrorCode;
import dev.slotwise.api.platform.TransientDatabaseFailures;
import dev.slotwise.scheduling.SchedulingInputException;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Turns the application's known failures into classified errors with codes and safe messages. Anything else
 * falls through to Spring for GraphQL, which answers {@code INTERNAL_ERROR} without the exception's text.
 */
@Component
class ApiExceptionResolver extends DataFetcherExceptionResolverAdapter {
  private static final Logger log = LoggerFactory.getLogger(ApiExceptionResolver.class);
  static final String UNAVAILABLE_MESSAGE = "The service could not reach its database. Retry in a moment; retry a "
      + "mutation with the same input and idempotency key, and it takes effect at most once.";

  @Override
  protected GraphQLError resolveToSingleError(Throwable exception, DataFetchingEnvironment environment) {
    return toError(exception, GraphqlErrorBuilder.newError(environment));
  }

  /** The error for a known failure, or null to leave it to the next resolver. */
  static GraphQLError toError(Throwable exception, GraphqlErrorBuilder<?> error) {
    if (exception instanceof ApiException api) {
      Map<String, Object> extensions = new LinkedHashMap<>(api.details());
      extensions.put("code", api.code().name());
      return error.message(api.getMessage()).errorType(classification(api.code())).extensions(extensions).build();
    }
    if (exception instanceof SchedulingInputException input) {
      // The engine's messages name the field, the rule and the value, and nothing internal.
      return error.message(input.getMessage()).errorType(ErrorType.BAD_REQUEST)
          .extensions(Map.of("code", ErrorCode.BAD_REQUEST.name(), "field", input.field(), "rule", input.rule()))
          .build();
    }
    if (TransientDatabaseFailures.isTransient(exception)) {
      // One line, no stack: during an outage every request fails this way, and the cause says all there is.
      Throwable cause = NestedExceptionUtils.getMostSpecificCause(exception);
      log.warn("Answered UNAVAILABLE: {}: {}", cause.getClass().getName(), cause.getMessage());
      return error.message(UNAVAILABLE_MESSAGE).errorType(classification(ErrorCode.UNAVAILABLE))
          .extensions(Map.of("code", ErrorCode.UNAVAILABLE.name())).build();
    }
    return null;
  }

  private static ErrorType classification(ErrorCode code) {
    return switch (code) {
      case UNAUTHENTICATED -> ErrorType.UNAUTHORIZED;
      case FORBIDDEN -> ErrorType.FORBIDDEN;
      case NOT_FOUND -> ErrorType.NOT_FOUND;
      case INTERNAL, TIMEOUT, UNAVAILABLE -> ErrorType.INTERNAL_ERROR;
      case BAD_REQUEST, INVALID_QUERY, QUERY_TOO_COMPLEX, RATE_LIMITED -> ErrorType.BAD_REQUEST;
    };
  }
}
