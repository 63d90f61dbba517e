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
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;
import java.util.stream.Stream;
import org.hibernate.TransactionException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

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
          case TIMEOUT, UNAVAILABLE -> ErrorCode.INTERNAL;
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

  /** A lost or refused database connection, in the wrappings it reaches a data fetcher in. */
  static Stream<Arguments> databaseOutages() {
    // The driver's SQLSTATEs: what pg_terminate_backend sends, a refused and a closed connection, a server starting.
    SQLException terminated = new SQLException("FATAL: terminating connection due to administrator command",
        "57P01");
    SQLException refused = new SQLException("Connection to localhost:5432 refused", "08001");
    SQLException closed = new SQLException("This connection has been closed.", "08003");
    return Stream.of(
        Arguments.of("a cut connection, translated", new DataAccessResourceFailureException("select", terminated)),
        Arguments.of("a cut connection, bare", terminated),
        Arguments.of("no connection from the pool", new CannotGetJdbcConnectionException("Failed to obtain",
            new SQLTransientConnectionException("embedded-postgres - Connection is not available"))),
        Arguments.of("no transaction", new CannotCreateTransactionException("Could not open JPA EntityManager",
            new PersistenceException(new JDBCConnectionException("Unable to acquire JDBC Connection", refused)))),
        Arguments.of("a failed rollback after the cut", new TransactionSystemException("Could not roll back",
            new PersistenceException(new JDBCConnectionException("Unable to rollback", closed)))),
        // Hikari's own answer on a connection it already knows is broken, thrown by Spring in place of the cut.
        Arguments.of("a rollback on a connection the pool closed", new JpaSystemException(new TransactionException(
            "Unable to rollback against JDBC Connection", new SQLException("Connection is closed")))),
        Arguments.of("a rollback failure that kept the cut", rollbackFailureAfter(terminated)),
        Arguments.of("a server still starting", new SQLException("FATAL: the database system is starting up",
            "57P03")),
        Arguments.of("a query timeout", new QueryTimeoutException("statement timeout")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databaseOutages")
  void databaseOutagesAreUnavailableAndSayNothingInternal(String outage, Throwable failure) {
    GraphQLError error = new ApiExceptionResolver().resolveToSingleError(
        new RuntimeException("wrapped by the caller", failure), environment());

    assertThat(error.getExtensions()).containsOnly(Map.entry("code", "UNAVAILABLE"));
    assertThat(error.getMessage()).contains("Retry").contains("idempotency key")
        .doesNotContain("FATAL", "localhost", "connection has been closed", "JPA", "select", "wrapped");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bugs")
  void failuresThatARetryCannotCureStayInternal(String bug, Throwable failure) {
    assertThat(new ApiExceptionResolver().resolveToSingleError(failure, environment())).isNull();
  }

  static Stream<Arguments> bugs() {
    return Stream.of(
        Arguments.of("a constraint", new DataIntegrityViolationException("duplicate key",
            new SQLException("ERROR: duplicate key value", "23505"))),
        Arguments.of("bad SQL", new BadSqlGrammarException("select", "select nonsense",
            new SQLException("ERROR: syntax error", "42601"))),
        Arguments.of("a lost update", new ObjectOptimisticLockingFailureException("Schedule", "id")),
        Arguments.of("a deadlock", new CannotAcquireLockException("deadlock detected",
            new SQLException("ERROR: deadlock detected", "40P01"))));
  }

  private static TransactionSystemException rollbackFailureAfter(Throwable failure) {
    TransactionSystemException rollback = new TransactionSystemException("Could not roll back",
        new IllegalStateException("rollback failed"));
    rollback.initApplicationException(failure);
    return rollback;
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
