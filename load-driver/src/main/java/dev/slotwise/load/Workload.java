package dev.slotwise.load;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** One kind of call the load makes, for many clients at once. Implementations are thread-safe. */
interface Workload {

  /** How the report names it. */
  String name();

  /** The next call of the given client (0-based). */
  Call next(int client);

  /** One request and how to judge its answer. */
  interface Call {
    HttpRequest request();

    Outcome judge(HttpResponse<byte[]> response);
  }

  /** How a call ended. */
  enum Outcome {
    /** Answered as asked. */
    OK,
    /** Refused for a reason the scenario expects, such as losing a race for a time. */
    REFUSED,
    /** Anything else: a transport failure, a status other than 200, an error or an unexpected refusal. */
    ERROR
  }
}
