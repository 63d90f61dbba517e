package dev.slotwise.api.platform;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a failure that retrying can cure (the database is down, restarting, cut the connection, has no connection
 * to spare, or timed out) from a bug. Conflicts between transactions (deadlocks, optimistic locking) are not among
 * them: a retry of those may do something other than the caller meant. The whole cause chain is read, because one lost connection arrives in many wrappings: Spring's
 * translated exceptions, a JPA {@code PersistenceException} around Hibernate's exceptions, the failed rollback
 * that Spring throws in place of the failure before it, or the driver's bare {@code SQLException}.
 */
public final class TransientDatabaseFailures {
  /** The chains seen here are a handful deep; the bound only guards against a pathological one. */
  private static final int MAX_CAUSES = 32;
  /**
   * PostgreSQL's SQLSTATEs for a connection ended by an administrator or a shutdown (57P01, which
   * {@code pg_terminate_backend} sends, and 57P02), a server still starting (57P03), a statement cancelled or
   * timed out (57014), and a server with every connection taken (53300); class 08, connection exceptions, is
   * checked apart.
   */
  private static final Set<String> SERVER_STATES = Set.of("57P01", "57P02", "57P03", "57014", "53300");
  /**
   * What Hikari throws, with no SQLSTATE, when a connection it has already found broken is used again. A
   * transaction whose connection was cut meets it on rollback, and Spring then throws that in place of the cut.
   */
  private static final String HIKARI_CLOSED = "Connection is closed";

  private TransientDatabaseFailures() {}

  /**
   * Whether the failure, or anything it was caused by, says the database could not be reached or could not serve
   * just then.
   *
   * @param failure any exception
   * @return true when the same request may well succeed if sent again
   */
  public static boolean isTransient(Throwable failure) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Throwable> toCheck = new ArrayDeque<>();
    toCheck.push(failure);
    while (!toCheck.isEmpty() && seen.size() < MAX_CAUSES) {
      Throwable cause = toCheck.pop();
      if (!seen.add(cause)) {
        continue;
      }
      if (isTransientItself(cause)) {
        return true;
      }
      if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null) {
        toCheck.push(rollback.getApplicationException());
      }
      if (cause.getCause() != null) {
        toCheck.push(cause.getCause());
      }
    }
    return false;
  }

  private static boolean isTransientItself(Throwable cause) {
    if (cause instanceof DataAccessResourceFailureException || cause instanceof TransientDataAccessResourceException
        || cause instanceof QueryTimeoutException || cause instanceof CannotCreateTransactionException
        || cause instanceof SQLTransientConnectionException) {
      return true;
    }
    if (cause instanceof SQLException sql) {
      String state = sql.getSQLState();
      return state == null ? HIKARI_CLOSED.equals(sql.getMessage())
          : state.startsWith("08") || SERVER_STATES.contains(state);
    }
    return false;
  }
}
