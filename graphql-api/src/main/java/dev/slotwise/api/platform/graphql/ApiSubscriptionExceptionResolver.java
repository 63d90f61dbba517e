package dev.slotwise.api.platform.graphql;

import dev.slotwise.api.platform.ErrorCode;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import java.util.Map;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.SubscriptionExceptionResolverAdapter;
import org.springframework.stereotype.Component;

/**
 * The same classified errors for subscriptions, whose failures arrive through the stream rather than from a
 * field; anything unknown still ends the stream with a code and no internals.
 */
@Component
class ApiSubscriptionExceptionResolver extends SubscriptionExceptionResolverAdapter {

  @Override
  protected GraphQLError resolveToSingleError(Throwable exception) {
    GraphQLError known = ApiExceptionResolver.toError(exception, GraphqlErrorBuilder.newError());
    if (known != null) {
      return known;
    }
    return GraphqlErrorBuilder.newError().message("Subscription error").errorType(ErrorType.INTERNAL_ERROR)
        .extensions(Map.of("code", ErrorCode.INTERNAL.name())).build();
  }
}
