package dev.slotwise.api.support;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.graphql.client.WebSocketGraphQlClientInterceptor;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

/**
 * One subscription over graphql-transport-ws that keeps every item it receives, for tests that let things happen
 * and then check what arrived. An access token goes in {@code connection_init}, as the API wants it. Close it when
 * done (try-with-resources).
 */
public final class LiveSubscription implements AutoCloseable {
  private final List<Map<String, Object>> received = new CopyOnWriteArrayList<>();
  private volatile String ending;
  private final Disposable subscription;

  private LiveSubscription(int port, String accessToken, String document, String field) {
    WebSocketGraphQlTester.Builder<?> builder = WebSocketGraphQlTester.builder(
        "ws://localhost:" + port + "/graphql", new StandardWebSocketClient());
    if (accessToken != null) {
      builder.interceptor(new WebSocketGraphQlClientInterceptor() {
        @Override
        public Mono<Object> connectionInitPayload() {
          return Mono.just(Map.of("Authorization", "Bearer " + accessToken));
        }
      });
    }
    subscription = builder.build().document(document).executeSubscription().toFlux(field, MAP)
        .subscribe(received::add, failure -> ending = "failed: " + failure, () -> ending = "completed");
  }

  /**
   * Sends the subscription. The server may not have registered it yet when this returns: wait for a first item
   * caused on purpose before relying on it.
   *
   * @param port the application's HTTP port
   * @param accessToken sent in {@code connection_init}; null for none
   * @param document the subscription operation
   * @param field the subscription field whose values to keep
   * @return the open subscription
   */
  public static LiveSubscription open(int port, String accessToken, String document, String field) {
    return new LiveSubscription(port, accessToken, document, field);
  }

  /** Every item received so far, in order of arrival. */
  public List<Map<String, Object>> received() {
    return List.copyOf(received);
  }

  /** How the stream ended ("completed", or "failed: " and the error), or null while it is open. */
  public String ending() {
    return ending;
  }

  @Override
  public void close() {
    subscription.dispose();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static final Class<Map<String, Object>> MAP = (Class) Map.class;
}
