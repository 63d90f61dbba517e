package dev.slotwise.api.platform.graphql;

import dev.slotwise.api.platform.ErrorCode;
import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import reactor.core.publisher.Mono;

/**
 * Gives every top-level error a stable {@code extensions.code}, whoever raised it: graphql-java's validation, the
 * guard rails, Spring Security, or the application. Clients branch on the code, never on message text.
 */
final class ErrorCodeInterceptor implements WebGraphQlInterceptor {

  @Override
  public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
    return chain.next(request).map(response -> {
      List<GraphQLError> errors = response.getExecutionResult().getErrors();
      return errors.isEmpty() ? response : response.transform(builder -> builder.errors(withCodes(errors)));
    });
  }

  private static List<GraphQLError> withCodes(List<GraphQLError> errors) {
    return errors.stream().map(ErrorCodeInterceptor::withCode).toList();
  }

  private static GraphQLError withCode(GraphQLError error) {
    Map<String, Object> extensions = error.getExtensions() == null ? new LinkedHashMap<>()
        : new LinkedHashMap<>(error.getExtensions());
    if (extensions.containsKey("code")) {
      return error;
    }
    extensions.put("code", codeOf(error.getErrorType()).name());
    return GraphqlErrorBuilder.newError().message(error.getMessage()).locations(error.getLocations())
        .path(error.getPath()).errorType(error.getErrorType()).extensions(extensions).build();
  }

  static ErrorCode codeOf(ErrorClassification classification) {
    if (classification instanceof ErrorType type) {
      return switch (type) {
        case BAD_REQUEST -> ErrorCode.BAD_REQUEST;
        case UNAUTHORIZED -> ErrorCode.UNAUTHENTICATED;
        case FORBIDDEN -> ErrorCode.FORBIDDEN;
        case NOT_FOUND -> ErrorCode.NOT_FOUND;
        default -> ErrorCode.INTERNAL;
      };
    }
    if (classification instanceof graphql.ErrorType type) {
      return switch (type) {
        case InvalidSyntax, ValidationError, OperationNotSupported -> ErrorCode.INVALID_QUERY;
        case ExecutionAborted -> ErrorCode.QUERY_TOO_COMPLEX;
        default -> ErrorCode.INTERNAL;
      };
    }
    if (classification == null) {
      return ErrorCode.INTERNAL;
    }
    // graphql-java classifies some refusals by name only, as ErrorClassification.errorClassification(name).
    return switch (classification.toString()) {
      case "IntrospectionDisabled" -> ErrorCode.INVALID_QUERY;
      case "BadFaithIntrospection" -> ErrorCode.QUERY_TOO_COMPLEX;
      default -> ErrorCode.INTERNAL;
    };
  }
}
