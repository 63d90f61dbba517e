package dev.slotwise.api.platform.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.slotwise.api.platform.ApiException;
import dev.slotwise.api.platform.ErrorCode;
import dev.slotwise.scheduling.SchedulingInputException;
import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.ResultPath;
import graphql.language.Field;
import graphql.schema.DataFetchingEnvironment;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.graphql.execution.ErrorType;

/** Every error gets a stable code: from its classification, or from the application's exception. */
class ErrorCodesTests {

  static Stream<Arguments> classifications() {
    return Stream.of(
        Arguments.of(graphql.ErrorType.InvalidSyntax, ErrorCode.INVALID_QUERY),
        Arguments.of(graphql.ErrorType.ValidationError, ErrorCode.INVALID_QUERY),
        Arguments.of(graphql.ErrorType.OperationNotSupported, ErrorCode.INVALID_QUERY),
        Arguments.of(graphql.ErrorType.ExecutionAborted, ErrorCode.QUERY_TOO_COMPLEX),
        Arguments.of(graphql.ErrorType.DataFetchingException, ErrorCode.INTERNAL),
        Arguments.of(graphql.ErrorType.NullValueInNonNullableField, ErrorCode.INTERNAL),
        Arguments.of(ErrorType.BAD_REQUEST, ErrorCode.BAD_REQUEST),
        Arguments.of(ErrorType.UNAUTHORIZED, ErrorCode.UNAUTHENTICATED),
        Arguments.of(ErrorType.FORBIDDEN, ErrorCode.FORBIDDEN),
        Arguments.of(ErrorType.NOT_FOUND, ErrorCode.NOT_FOUND),
        Arguments.of(ErrorType.INTERNAL_ERROR, ErrorCode.INTERNAL),
        Arguments.of(ErrorClassification.errorClassification("IntrospectionDisabled"), ErrorCode.INVALID_QUERY),
        Arguments.of(ErrorClassification.errorClassification("BadFaithIntrospection"), ErrorCode.QUERY_TOO_COMPLEX),
        Arguments.of(ErrorClassification.errorClassification("SomethingNew"), ErrorCode.INTERNAL),
        Arguments.of(null, ErrorCode.INTERNAL));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("classifications")
  void codeFollowsTheClassification(ErrorClassification classification, ErrorCode expected) {
    assertThat(ErrorCodeInterceptor.codeOf(classification)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(ErrorCode.class)
  void apiExceptionsKeepTheirCodeMessageAndDetails(ErrorCode code) {
    GraphQLError error = new ApiExceptionResolver().resolveToSingleError(
        new ApiException(code, "Shown to the caller", Map.of("argument", "first")), environment());

    assertThat(error.getMessage()).isEqualTo("Shown to the caller");
    assertThat(error.getExtensions()).containsEntry("code", code.name()).containsEntry("argument", "first");
    // The classification agrees with the code, so the interceptor never needs to overwrite it.
    assertThat(ErrorCodeInterceptor.codeOf(error.getErrorType()))
        .isEqualTo(switch (code) {
          case INVALID_QUERY, QUERY_TOO_COMPLEX, RATE_LIMITED -> ErrorCode.BAD_REQUEST;
          case TIMEOUT -> ErrorCode.INTERNAL;
          default -> code;
        });
  }

  @Test
  void schedulingInputErrorsAreBadRequestsNamingFieldAndRule() {
    SchedulingInputException input = new SchedulingInputException("zone", "must be an IANA time zone", "Mars/Base");

    GraphQLError error = new ApiExceptionResolver().resolveToSingleError(input, environment());

    assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
    assertThat(error.getExtensions()).containsEntry("code", "BAD_REQUEST").containsEntry("field", "zone")
        .containsEntry("rule", "must be an IANA time zone");
  }

  @Test
  void leavesOtherExceptionsToSpringForGraphQl() {
    assertThat(new ApiExceptionResolver().resolveToSingleError(new IllegalStateException("secret SQL"),
        environment())).isNull();
  }

  // Only what GraphqlErrorBuilder reads: the field's location and the path.
  private static DataFetchingEnvironment environment() {
    ExecutionStepInfo step = mock(ExecutionStepInfo.class);
    when(step.getPath()).thenReturn(ResultPath.rootPath().segment("field"));
    DataFetchingEnvironment environment = mock(DataFetchingEnvironment.class);
    when(environment.getField()).thenReturn(Field.newField("field").build());
    when(environment.getExecutionStepInfo()).thenReturn(step);
    return environment;
  }
}
